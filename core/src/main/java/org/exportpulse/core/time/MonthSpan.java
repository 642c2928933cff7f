package org.exportpulse.core.time;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * A run of consecutive months, written {@code 2025-07/2025-11}; both ends inclusive. A span may
 * cross fiscal and calendar years.
 */
public record MonthSpan(YearMonth first, YearMonth last) implements Period {

    /**
     * @throws IllegalArgumentException when {@code last} is before {@code first}
     */
    public MonthSpan {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        if (last.isBefore(first)) {
            throw new IllegalArgumentException(
                    "span " + first + "/" + last + " ends before it starts (expected first/last with first <= last)");
        }
    }

    public static MonthSpan of(YearMonth first, YearMonth last) {
        return new MonthSpan(first, last);
    }

    /** The twelve months ending with {@code last}. */
    public static MonthSpan twelveMonthsTo(YearMonth last) {
        return new MonthSpan(last.minusMonths(11), last);
    }

    /**
     * Reads {@code 2025-07/2025-11}.
     *
     * @throws IllegalArgumentException when either end is not a {@code yyyy-mm} month or the span
     *     runs backwards
     */
    public static MonthSpan parse(String text) {
        String[] ends = text.strip().split("/", -1);
        if (ends.length != 2) {
            throw new IllegalArgumentException("'" + text + "' is not a span (expected 2025-07/2025-11)");
        }
        return new MonthSpan(month(ends[0], text), month(ends[1], text));
    }

    private static YearMonth month(String end, String text) {
        try {
            return YearMonth.parse(end.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(
                    "'" + text + "' is not a span: '" + end + "' is not a month (expected 2025-07/2025-11)", e);
        }
    }

    /** The same span shifted by {@code months} (negative: earlier). */
    public MonthSpan shift(int months) {
        return new MonthSpan(first.plusMonths(months), last.plusMonths(months));
    }

    @Override
    public String code() {
        return first + "/" + last;
    }

    @Override
    public String toString() {
        return code();
    }
}
