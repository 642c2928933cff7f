package org.exportpulse.check;

import java.time.YearMonth;
import org.exportpulse.core.time.Period;

/**
 * A period the text names.
 *
 * @param period the months meant, resolved against the article's date; {@code null} when the
 *     relation is relative to the claim's own period
 * @param relation {@link Relation#ABSOLUTE}, or how the period follows from the period of the
 *     claim it qualifies ({@code the previous month}, {@code the same period last year})
 */
public record PeriodMention(int start, int end, Period period, Relation relation) {

    /** How a mention's period is fixed. */
    public enum Relation {
        /** Named outright or resolved against the article's date. */
        ABSOLUTE,
        /** The month before the claim's period. */
        PREVIOUS,
        /** The claim's period a year earlier. */
        YEAR_AGO,
        /** The claim's months in the year {@link #period()} names ({@code the same month in 2023}). */
        SAME_IN
    }

    static PeriodMention absolute(int start, int end, Period period) {
        return new PeriodMention(start, end, period, Relation.ABSOLUTE);
    }

    /** This mention's period for a claim about {@code main}; {@code null} when unresolvable. */
    Period resolve(Period main) {
        return switch (relation) {
            case ABSOLUTE -> period;
            case PREVIOUS -> main == null ? null : Periods.shift(main, -1);
            case YEAR_AGO -> main == null ? null : Periods.shift(main, -12);
            case SAME_IN -> main == null ? null : sameMonthsIn(main, period);
        };
    }

    /** {@code main} moved by whole years so that its last month falls in {@code year}; {@code null} when none does. */
    private static Period sameMonthsIn(Period main, Period year) {
        int d = year.last().getYear() - main.last().getYear();
        for (int k = d - 1; k <= d + 1; k++) {
            YearMonth last = main.last().plusYears(k);
            if (!last.isBefore(year.first()) && !last.isAfter(year.last())) {
                return Periods.shift(main, 12 * k);
            }
        }
        return null;
    }
}
