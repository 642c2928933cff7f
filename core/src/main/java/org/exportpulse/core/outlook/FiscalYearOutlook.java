package org.exportpulse.core.outlook;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
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
 * @param fit the model of the remaining months and the span it was fitted to; empty when complete
 * @param paths how many paths were simulated (0 when complete)
 * @param monthly each remaining month's mean and 80 % interval over the paths
 * @param total the fiscal-year total over the paths (all equal to {@code actualTotal} when complete)
 * @param lastYear the previous fiscal year's total, and what matching it asks; empty when unknown
 * @param target what the given target asks; empty without one
 */
public record FiscalYearOutlook(
        Series series,
        FiscalYear fiscalYear,
        List<MonthValue> actual,
        double actualTotal,
        List<YearMonth> remaining,
        Optional<Fit> fit,
        int paths,
        List<MonthForecast> monthly,
        Distribution total,
        Optional<Goal> lastYear,
        Optional<Goal> target) {

    public FiscalYearOutlook {
        actual = List.copyOf(actual);
        remaining = List.copyOf(remaining);
        monthly = List.copyOf(monthly);
        Objects.requireNonNull(fit, "fit");
    }

    /**
     * The model the remaining months were simulated from.
     *
     * @param model what the simulator fitted, e.g. {@code ETS(M,A,M)}
     * @param months how many consecutive months it was fitted to, {@code first} to {@code last}
     */
    public record Fit(String model, int months, YearMonth first, YearMonth last) {}

    /** Where a goal's amount comes from. */
    public enum BasisKind {
        /** Given by the user. */
        GIVEN,
        /** The publisher's total of {@code year} in the fiscal-year series. */
        PUBLISHED_TOTAL,
        /** The sum of the 12 months of {@code year} in the monthly series. */
        MONTHS_SUMMED
    }

    /**
     * @param year the fiscal year totalled (null when given)
     * @param seriesId the series read (null when given)
     */
    public record GoalBasis(BasisKind kind, FiscalYear year, String seriesId) {

        /** A target the user gave. */
        public static final GoalBasis GIVEN = new GoalBasis(BasisKind.GIVEN, null, null);
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
     * @param basis where the amount comes from (given, or the series and year it totals)
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
            GoalBasis basis,
            boolean reached,
            double requiredMonthlyAverage,
            double requiredGrowth,
            double probability,
            double projectedChange) {}
}
