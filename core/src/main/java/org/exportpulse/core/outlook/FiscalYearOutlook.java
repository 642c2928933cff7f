package org.exportpulse.core.outlook;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.exportpulse.core.series.Series;
import org.exportpulse.core.time.FiscalYear;

/**
 * A fiscal year's projected total: the months already reported plus simulated paths of the rest.
 * Amounts are in the series' unit; percentages in percent.
 *
 * @param actual the fiscal year's months with values, in order (derived ones flagged)
 * @param actualTotal their sum
 * @param remaining the months still to come, in order; empty when the year is complete
 * @param model the model of the remaining months and the span it was fitted to; empty when complete
 * @param paths how many paths were simulated (0 when complete)
 * @param monthly each remaining month's mean and 80 % interval over the paths
 * @param total the fiscal-year total over the paths (all equal to {@code actualTotal} when complete)
 * @param lastYear the previous fiscal year's total, and what matching it asks; empty when unknown
 * @param target what the given target asks; empty without one
 * @param simulatedModel the model the paths were drawn from, e.g. {@code ETS(M,A,M)}; empty when
 *     the year is complete (the projection's assumptions follow from it, {@code remaining} and
 *     {@code paths})
 */
public record FiscalYearOutlook(
        Series series,
        FiscalYear fiscalYear,
        List<MonthValue> actual,
        double actualTotal,
        List<YearMonth> remaining,
        String model,
        int paths,
        List<MonthForecast> monthly,
        Distribution total,
        Optional<Goal> lastYear,
        Optional<Goal> target,
        String simulatedModel) {

    public FiscalYearOutlook {
        actual = List.copyOf(actual);
        remaining = List.copyOf(remaining);
        monthly = List.copyOf(monthly);
        simulatedModel = simulatedModel == null ? "" : simulatedModel;
    }

    /** A reported month: its value, whether it is derived from totals, and its vintage. */
    public record MonthValue(YearMonth month, double value, boolean derived, int vintage) {}

    /** One remaining month over the paths. */
    public record MonthForecast(YearMonth month, double mean, double lower80, double upper80) {}

    /** A simulated quantity: mean, median and the 80 % and 95 % intervals (quantiles of the paths). */
    public record Distribution(
            double mean, double median, double lower80, double upper80, double lower95, double upper95) {}

    /**
     * What reaching an amount by the fiscal year's end asks.
     *
     * @param name {@code target} or the previous year's label, e.g. {@code FY25}
     * @param value the amount to reach
     * @param basis where the amount comes from (given, or the months or series it sums)
     * @param reached whether the actual months have already reached it
     * @param requiredMonthlyAverage what each remaining month must bring on average (0 when reached)
     * @param requiredGrowth growth in percent the remaining months need over the same months a year
     *     earlier; NaN when those months are not all known or the year is complete
     * @param probability share of the paths whose total reaches it, in percent
     * @param projectedChange the projected mean total against it, in percent
     */
    public record Goal(
            String name,
            double value,
            String basis,
            boolean reached,
            double requiredMonthlyAverage,
            double requiredGrowth,
            double probability,
            double projectedChange) {}
}
