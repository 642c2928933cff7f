package org.exportpulse.core.adjust;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.exportpulse.core.series.Series;
import org.exportpulse.core.time.MonthSpan;

/**
 * A seasonal adjustment of a stored series over its longest contiguous span of months.
 *
 * @param first first month adjusted
 * @param original the values adjusted, from {@code first}, consecutive
 * @param derivedMonths months of the span whose value is derived from published totals
 * @param gapBefore the missing months just before {@code first} (why earlier values are not used);
 *     empty when the series starts with the span
 * @param gapAfter the missing months just after the span's last month; empty when the series ends
 *     with it
 */
public record Adjustment(
        Series series,
        AdjustmentSpec spec,
        YearMonth first,
        double[] original,
        List<YearMonth> derivedMonths,
        Optional<MonthSpan> gapBefore,
        Optional<MonthSpan> gapAfter,
        Decomposition decomposition) {

    public Adjustment {
        original = original.clone();
        derivedMonths = List.copyOf(derivedMonths);
    }

    /** A copy of the values adjusted, from {@code first}. */
    @Override
    public double[] original() {
        return original.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Adjustment a
                && series.equals(a.series)
                && spec.equals(a.spec)
                && first.equals(a.first)
                && Arrays.equals(original, a.original)
                && derivedMonths.equals(a.derivedMonths)
                && gapBefore.equals(a.gapBefore)
                && gapAfter.equals(a.gapAfter)
                && decomposition.equals(a.decomposition);
    }

    @Override
    public int hashCode() {
        return Objects.hash(
                series, spec, first, Arrays.hashCode(original), derivedMonths, gapBefore, gapAfter, decomposition);
    }

    @Override
    public String toString() {
        return "Adjustment[series=" + series.id() + ", spec=" + spec + ", first=" + first + ", months="
                + original.length + "]";
    }

    /**
     * One month of the adjustment, for presenters.
     *
     * @param derived whether the month's value is derived from published totals
     */
    public record Row(
            YearMonth month,
            double original,
            double seasonallyAdjusted,
            double trend,
            double seasonal,
            double irregular,
            double calendar,
            double seasonalFactor,
            boolean derived) {}

    /** Every month adjusted, in order, with its components. */
    public List<Row> rows() {
        Decomposition d = decomposition;
        double[] adjusted = d.seasonallyAdjusted();
        double[] trend = d.trend();
        double[] seasonal = d.seasonal();
        double[] irregular = d.irregular();
        double[] calendar = d.calendar();
        double[] factors = d.seasonalFactors();
        List<Row> rows = new ArrayList<>(original.length);
        for (int i = 0; i < original.length; i++) {
            rows.add(new Row(
                    month(i),
                    original[i],
                    adjusted[i],
                    trend[i],
                    seasonal[i],
                    irregular[i],
                    calendar[i],
                    factors[i],
                    derivedMonths.contains(month(i))));
        }
        return rows;
    }

    public YearMonth last() {
        return first.plusMonths(original.length - 1L);
    }

    public YearMonth month(int i) {
        return first.plusMonths(i);
    }
}
