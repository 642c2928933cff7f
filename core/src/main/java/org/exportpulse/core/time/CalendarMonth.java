package org.exportpulse.core.time;

import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.Objects;
import java.util.regex.Pattern;

/** One calendar month, written {@code 2025-11}. */
public record CalendarMonth(YearMonth month) implements Period {

    static final Pattern PATTERN = Pattern.compile("(\\d{4})-(\\d{1,2})");

    public CalendarMonth {
        Objects.requireNonNull(month, "month");
    }

    /**
     * @throws IllegalArgumentException when {@code monthOfYear} is not 1–12
     */
    public static CalendarMonth of(int year, int monthOfYear) {
        try {
            return new CalendarMonth(YearMonth.of(year, monthOfYear));
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(
                    "month " + monthOfYear + " of " + year + " does not exist (expected a month 1-12)", e);
        }
    }

    public static CalendarMonth of(YearMonth month) {
        return new CalendarMonth(month);
    }

    @Override
    public YearMonth first() {
        return month;
    }

    @Override
    public YearMonth last() {
        return month;
    }

    @Override
    public String code() {
        return month.toString();
    }

    @Override
    public String toString() {
        return code();
    }
}
