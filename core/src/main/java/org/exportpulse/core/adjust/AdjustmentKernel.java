package org.exportpulse.core.adjust;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.exportpulse.core.series.Frequency;
import org.exportpulse.core.series.NotFoundException;
import org.exportpulse.core.series.Observation;
import org.exportpulse.core.series.ObservationSource;
import org.exportpulse.core.series.Series;
import org.exportpulse.core.time.CalendarMonth;

/**
 * Seasonally adjusts a stored monthly series: picks its longest run of consecutive months (derived
 * months count; nothing is interpolated), names it, and hands it to a {@link SeasonalAdjuster}.
 */
public final class AdjustmentKernel {

    /** Fewer consecutive months than this cannot give a seasonal adjustment worth the name. */
    public static final int MINIMUM_MONTHS = 36;

    private final ObservationSource source;
    private final SeasonalAdjuster adjuster;

    private AdjustmentKernel(ObservationSource source, SeasonalAdjuster adjuster) {
        this.source = Objects.requireNonNull(source, "source");
        this.adjuster = Objects.requireNonNull(adjuster, "adjuster");
    }

    /**
     * @param source current values, with derived months (they make spans longer)
     */
    public static AdjustmentKernel of(ObservationSource source, SeasonalAdjuster adjuster) {
        return new AdjustmentKernel(source, adjuster);
    }

    /**
     * @throws NotFoundException when the series is unknown or has no values
     * @throws IllegalArgumentException when it is not monthly, its longest span is under {@link
     *     #MINIMUM_MONTHS} months, or the engine cannot adjust it (with its reason)
     */
    public Adjustment adjust(String seriesId, AdjustmentSpec spec) {
        Series series = source.series(seriesId).orElseThrow(() -> NotFoundException.series(seriesId));
        if (series.frequency() != Frequency.MONTH) {
            throw new IllegalArgumentException("seasonal adjustment needs a monthly series; " + seriesId
                    + " has frequency " + series.frequency().code());
        }
        List<Observation> months = source.currentObservations(seriesId).stream()
                .filter(o -> o.period() instanceof CalendarMonth)
                .toList();
        if (months.isEmpty()) {
            throw NotFoundException.period(seriesId, "any month", "the series has no values");
        }
        int[] run = org.exportpulse.core.series.MonthRuns.longest(months);
        List<Observation> span = months.subList(run[0], run[1]);
        YearMonth first = month(span.get(0));
        YearMonth last = month(span.get(span.size() - 1));
        if (span.size() < MINIMUM_MONTHS) {
            throw new IllegalArgumentException(seriesId + ": the longest run of consecutive months is " + span.size()
                    + " (" + first + " to " + last + "); seasonal adjustment needs at least " + MINIMUM_MONTHS);
        }
        double[] values =
                span.stream().mapToDouble(o -> o.value().doubleValue()).toArray();
        List<YearMonth> derived = span.stream()
                .filter(Observation::isDerived)
                .map(AdjustmentKernel::month)
                .toList();
        Decomposition d = adjuster.adjust(first, values, spec);
        return new Adjustment(series, spec, first, values, derived, note(months, run), d);
    }

    private static String note(List<Observation> months, int[] run) {
        List<String> parts = new ArrayList<>();
        if (run[0] > 0) {
            parts.add("values before " + month(months.get(run[0])) + " are not used: "
                    + gap(month(months.get(run[0] - 1)), month(months.get(run[0]))) + " missing");
        }
        if (run[1] < months.size()) {
            parts.add("values after " + month(months.get(run[1] - 1)) + " are not used: "
                    + gap(month(months.get(run[1] - 1)), month(months.get(run[1]))) + " missing");
        }
        return String.join("; ", parts);
    }

    /** The months strictly between two months with values: {@code 2020-07 is}, {@code 2020-07 to 2020-08 are}. */
    private static String gap(YearMonth before, YearMonth after) {
        YearMonth first = before.plusMonths(1);
        YearMonth last = after.minusMonths(1);
        return first.equals(last) ? first + " is" : first + " to " + last + " are";
    }

    private static YearMonth month(Observation o) {
        return org.exportpulse.core.series.MonthRuns.month(o);
    }
}
