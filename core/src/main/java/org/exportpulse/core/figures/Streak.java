package org.exportpulse.core.figures;

import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

/**
 * Consecutive months, ending with the month, whose value is strictly above ({@code YOY_GROWTH}) or
 * strictly below ({@code YOY_DECLINE}) the same month a year earlier.
 *
 * @param months length of the run; 0 when the month itself lacks an input or equals its year-ago
 *     value
 * @param since first month of the run; {@code null} when {@code months} is 0
 * @param endedBy the month before the run, which broke it; {@code null} when the stored history
 *     ran out first
 * @param endedBecause why {@code endedBy} broke the run: {@code missing}, {@code not_above} or
 *     {@code not_below}; {@code null} with {@code endedBy}
 * @param missing the values lacking at {@code endedBy}, as {@code 2024-06}
 */
public record Streak(
        Kind kind, int months, YearMonth since, YearMonth endedBy, String endedBecause, List<String> missing) {

    /** Direction of the run. */
    public enum Kind {
        YOY_GROWTH,
        YOY_DECLINE;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public Streak {
        missing = List.copyOf(missing);
    }
}
