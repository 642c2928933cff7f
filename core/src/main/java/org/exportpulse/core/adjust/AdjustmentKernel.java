package org.exportpulse.core.adjust;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.exportpulse.core.series.MonthRuns;
import org.exportpulse.core.series.NotFoundException;
import org.exportpulse.core.series.Observation;
import org.exportpulse.core.series.ObservationSource;
import org.exportpulse.core.time.MonthSpan;

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
    public Adjustment compute(String seriesId, AdjustmentSpec spec) {
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
                gapBefore(run.months(), run.start()),
                gapAfter(run.months(), run.end()),
                d);
    }

    /** The missing months just before the run's first, when values precede them. */
    private static Optional<MonthSpan> gapBefore(List<Observation> months, int start) {
        return start > 0
                ? Optional.of(between(month(months.get(start - 1)), month(months.get(start))))
                : Optional.empty();
    }

    /** The missing months just after the run's last, when values follow them. */
    private static Optional<MonthSpan> gapAfter(List<Observation> months, int end) {
        return end < months.size()
                ? Optional.of(between(month(months.get(end - 1)), month(months.get(end))))
                : Optional.empty();
    }

    /** The months strictly between two months with values. */
    private static MonthSpan between(YearMonth before, YearMonth after) {
        return MonthSpan.of(before.plusMonths(1), after.minusMonths(1));
    }

    private static YearMonth month(Observation o) {
        return MonthRuns.month(o);
    }
}
