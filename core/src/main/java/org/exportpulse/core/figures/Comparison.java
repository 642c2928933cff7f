package org.exportpulse.core.figures;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/**
 * The month's value against an earlier month (the previous one, or the same month a year
 * earlier).
 *
 * @param value the earlier month's value; {@code null} when not stored
 * @param change current minus earlier, in the series' unit; {@code null} when either is missing
 * @param pct change in percent of the earlier value, unrounded; {@code null} when either is missing
 *     or the earlier value is zero
 * @param missing the months lacking, empty when all figures could be computed
 */
public record Comparison(YearMonth period, BigDecimal value, BigDecimal change, BigDecimal pct, List<String> missing) {

    public Comparison {
        missing = List.copyOf(missing);
    }
}
