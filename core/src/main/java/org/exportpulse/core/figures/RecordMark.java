package org.exportpulse.core.figures;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Locale;

/**
 * A record the month sets over the stored history through that month.
 *
 * <ul>
 *   <li>{@code ALL_TIME_HIGH}/{@code ALL_TIME_LOW}: above (below) every earlier month; {@code
 *       since} is the first month with a value; {@code previous} the earlier high (low).
 *   <li>{@code HIGHEST_SINCE}/{@code LOWEST_SINCE}: above (below) every month after {@code
 *       since}, the last month that was at least as high (low), which is {@code previous}; given
 *       only when {@code months} (the months in between, plus one) is at least three.
 * </ul>
 */
public record RecordMark(Kind kind, YearMonth since, int months, YearMonth previousPeriod, BigDecimal previousValue) {

    /** What kind of record. */
    public enum Kind {
        ALL_TIME_HIGH,
        ALL_TIME_LOW,
        HIGHEST_SINCE,
        LOWEST_SINCE;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        boolean isHigh() {
            return this == ALL_TIME_HIGH || this == HIGHEST_SINCE;
        }
    }
}
