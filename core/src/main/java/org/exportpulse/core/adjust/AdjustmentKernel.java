package org.exportpulse.core.adjust;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.exportpulse.core.series.MonthRuns;
import org.exportpulse.core.series.NotFoundException;
import org.exportpulse.core.series.Observation;
import org.exportpulse.core.series.ObservationSource;

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
        MonthRuns.Run run = MonthRuns.longestOf(source, seriesId, "seasonal adjustment", MINIMUM_MONTHS);
        double[] values = run.values();
        List<YearMonth> derived = run.span().stream()
                .filter(Observation::isDerived)
                .map(MonthRuns::month)
                .toList();
        Decomposition d = adjuster.adjust(run.first(), values, spec);
        return new Adjustment(
                run.series(),
                spec,
                run.first(),
                values,
                derived,
                note(run.months(), new int[] {run.start(), run.end()}),
                d);
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
