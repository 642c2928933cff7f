package org.exportpulse.core.transform;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.exportpulse.core.series.Frequency;
import org.exportpulse.core.series.NotFoundException;
import org.exportpulse.core.series.ObservationSource;
import org.exportpulse.core.series.Series;
import org.exportpulse.core.time.CalendarMonth;

/** Transforms and aggregations of a stored monthly series, read through an {@link ObservationSource}. */
public final class SeriesTransforms {

    private final ObservationSource source;

    private SeriesTransforms(ObservationSource source) {
        this.source = source;
    }

    public static SeriesTransforms of(ObservationSource source) {
        return new SeriesTransforms(source);
    }

    /**
     * The transformed value of every month from the series' first to its last ({@code NaN} where
     * an input is missing).
     *
     * @throws NotFoundException for an unknown series or share denominator (any of a sum)
     * @throws IllegalArgumentException for a series that is not monthly
     */
    public List<Aggregation.Value> transform(String seriesId, Transform transform) {
        Series series = monthly(seriesId);
        MonthlyColumn x = MonthlyColumn.of(source.currentObservations(seriesId));
        double[] denominator = null;
        if (transform.code() == Transform.Code.SHARE) {
            denominator = sum(transform.denominatorSeriesIds(), x);
        }
        double[] values = TransformKernel.apply(transform, x, series.calendar().firstMonth(), denominator);
        List<Aggregation.Value> out = new ArrayList<>(values.length);
        for (int i = 0; i < values.length; i++) {
            out.add(new Aggregation.Value(CalendarMonth.of(x.month(i)), values[i]));
        }
        return out;
    }

    /** The sum of {@code ids} month by month over {@code x}'s months, {@code NaN} where any is missing. */
    private double[] sum(List<String> ids, MonthlyColumn x) {
        double[] total = new double[x.length()];
        for (String id : ids) {
            monthly(id);
            double[] part = MonthlyColumn.of(source.currentObservations(id)).alignedTo(x.start(), x.length());
            for (int i = 0; i < total.length; i++) {
                total[i] += part[i];
            }
        }
        return total;
    }

    /**
     * The series aggregated by its kind to {@code target} ({@code NaN} for incomplete periods).
     *
     * @throws NotFoundException for an unknown series
     * @throws IllegalArgumentException for a series that is not monthly
     */
    public List<Aggregation.Value> aggregate(String seriesId, Aggregation.Target target) {
        return aggregate(seriesId, target, null);
    }

    /**
     * The series aggregated to {@code target} by {@code method} ({@code null}: by its kind).
     *
     * @throws NotFoundException for an unknown series
     * @throws IllegalArgumentException for a series that is not monthly
     */
    public List<Aggregation.Value> aggregate(String seriesId, Aggregation.Target target, Aggregation.Method method) {
        Series series = monthly(seriesId);
        return Aggregation.aggregate(
                MonthlyColumn.of(source.currentObservations(seriesId)),
                method == null ? Aggregation.Method.of(series.kind()) : method,
                target,
                series.calendar());
    }

    /**
     * Computed values with what they are.
     *
     * @param what the computation, e.g. {@code pc1} or {@code fiscal_year (sum)}
     * @param unit the unit of the results, e.g. {@code percent}
     */
    public record Computation(String what, String unit, List<Aggregation.Value> values) {}

    /** {@link #transform} with its description and the unit of its results. */
    public Computation transformed(String seriesId, Transform transform) {
        List<Aggregation.Value> values = transform(seriesId, transform);
        String unit = transform.resultUnit(monthly(seriesId).unit().toString());
        return new Computation(transform.text(), unit, values);
    }

    /** {@link #aggregate(String, Aggregation.Target, Aggregation.Method)} with its description and unit. */
    public Computation aggregated(String seriesId, Aggregation.Target target, Aggregation.Method method) {
        Series series = monthly(seriesId);
        Aggregation.Method m = method == null ? Aggregation.Method.of(series.kind()) : method;
        return new Computation(
                target.name().toLowerCase(Locale.ROOT) + " (" + m.words() + ")",
                series.unit().toString(),
                aggregate(seriesId, target, m));
    }

    private Series monthly(String seriesId) {
        Series series = source.series(seriesId).orElseThrow(() -> NotFoundException.series(seriesId));
        if (series.frequency() != Frequency.MONTH) {
            throw new IllegalArgumentException("transforms and aggregation need a monthly series; " + seriesId
                    + " has frequency " + series.frequency().code());
        }
        return series;
    }
}
