package org.exportpulse.core.adjust;

import java.time.YearMonth;
import java.util.List;
import org.exportpulse.core.series.Series;

/**
 * A seasonal adjustment of a stored series over its longest contiguous span of months.
 *
 * @param first first month adjusted
 * @param original the values adjusted, from {@code first}, consecutive
 * @param derivedMonths months of the span whose value is derived from published totals
 * @param spanNote why this span: where the gaps before or after it are; empty when the series has
 *     none
 */
public record Adjustment(
        Series series,
        AdjustmentSpec spec,
        YearMonth first,
        double[] original,
        List<YearMonth> derivedMonths,
        String spanNote,
        Decomposition decomposition) {

    public Adjustment {
        derivedMonths = List.copyOf(derivedMonths);
    }

    public YearMonth last() {
        return first.plusMonths(original.length - 1L);
    }

    public YearMonth month(int i) {
        return first.plusMonths(i);
    }
}
