package org.exportpulse.core.time;

import java.time.YearMonth;
import java.util.regex.Pattern;

/** A calendar year, written {@code 2024} (January–December). */
public record CalendarYear(int year) implements Period {

    static final Pattern PATTERN = Pattern.compile("\\d{4}");

    public static CalendarYear of(int year) {
        return new CalendarYear(year);
    }

    @Override
    public YearMonth first() {
        return YearMonth.of(year, 1);
    }

    @Override
    public YearMonth last() {
        return YearMonth.of(year, 12);
    }

    @Override
    public String code() {
        return Integer.toString(year);
    }

    @Override
    public String toString() {
        return code();
    }
}
