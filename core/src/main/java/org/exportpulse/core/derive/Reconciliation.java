package org.exportpulse.core.derive;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.exportpulse.core.series.Observation;
import org.exportpulse.core.time.Period;

/**
 * Where a monthly series, its publisher's cumulative totals and fiscal-year totals, and a reference
 * of derived months disagree.
 *
 * @param totalsChecked cumulative and fiscal-year totals all of whose months are published
 * @param totals those among them whose months do not add up within rounding
 * @param months months where a published value and the rules' values, or two rules, disagree
 *     beyond rounding
 * @param reference reference months where the engine's value differs or is absent
 */
public record Reconciliation(
        String seriesId,
        int totalsChecked,
        List<TotalMismatch> totals,
        List<MonthMismatch> months,
        List<ReferenceMismatch> reference) {

    public Reconciliation {
        totals = List.copyOf(totals);
        months = List.copyOf(months);
        reference = List.copyOf(reference);
    }

    /**
     * A published total against the sum of the published months it covers.
     *
     * @param tolerance half a unit of the last digit of every value involved, summed
     */
    public record TotalMismatch(
            String totalSeriesId,
            Period span,
            int vintage,
            BigDecimal published,
            BigDecimal sumOfMonths,
            BigDecimal difference,
            BigDecimal tolerance) {}

    /**
     * The values one month gets: the published one (if any) first, then each rule's.
     *
     * @param values the published value and the derived candidates, in that order
     * @param tolerance the rounding allowed between the first two values found to disagree: the
     *     half-units of a published value, or of every input of a derived one, summed
     */
    public record MonthMismatch(YearMonth month, List<Observation> values, BigDecimal tolerance) {

        public MonthMismatch {
            values = List.copyOf(values);
        }
    }

    /**
     * A reference month against the engine's value.
     *
     * @param engine the engine's current value (published, else derived); {@code null} when no rule
     *     applies and nothing was published
     */
    public record ReferenceMismatch(ReferenceValue reference, Observation engine) {}
}
