package org.exportpulse.core.transform;

import java.util.ArrayList;
import java.util.List;
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
     * @throws NotFoundException for an unknown series or share denominator
     * @throws IllegalArgumentException for a series that is not monthly
     */
    public List<Aggregation.Value> transform(String seriesId, Transform transform) {
        Series series = monthly(seriesId);
        MonthlyColumn x = MonthlyColumn.of(source.currentObservations(seriesId));
        double[] denominator = null;
        if (transform.code() == Transform.Code.SHARE) {
            monthly(transform.denominatorSeriesId());
            denominator = MonthlyColumn.of(source.currentObservations(transform.denominatorSeriesId()))
                    .alignedTo(x.start(), x.length());
        }
        double[] values = TransformKernel.apply(transform, x, series.calendar().firstMonth(), denominator);
        List<Aggregation.Value> out = new ArrayList<>(values.length);
        for (int i = 0; i < values.length; i++) {
            out.add(new Aggregation.Value(CalendarMonth.of(x.month(i)), values[i]));
        }
        return out;
    }

    /**
     * The series aggregated by its kind to {@code target} ({@code NaN} for incomplete periods).
     *
     * @throws NotFoundException for an unknown series
     * @throws IllegalArgumentException for a series that is not monthly
     */
    public List<Aggregation.Value> aggregate(String seriesId, Aggregation.Target target) {
        Series series = monthly(seriesId);
        return Aggregation.aggregate(
                MonthlyColumn.of(source.currentObservations(seriesId)), series.kind(), target, series.calendar());
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
