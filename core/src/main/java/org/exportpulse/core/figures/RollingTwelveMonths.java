package org.exportpulse.core.figures;

import java.math.BigDecimal;
import java.util.List;
import org.exportpulse.core.time.MonthSpan;

/**
 * The sum of the twelve months ending with the month, against the twelve months before them.
 *
 * @param value sum over {@code span}; {@code null} when a month is missing
 * @param yearAgoValue sum over the twelve months a year earlier; {@code null} when one is missing
 * @param pct growth in percent, unrounded; {@code null} when either sum is missing
 */
public record RollingTwelveMonths(
        MonthSpan span,
        BigDecimal value,
        BigDecimal yearAgoValue,
        BigDecimal change,
        BigDecimal pct,
        List<String> missing) {

    public RollingTwelveMonths {
        missing = List.copyOf(missing);
    }
}
