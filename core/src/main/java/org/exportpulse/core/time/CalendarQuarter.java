package org.exportpulse.core.time;

import java.time.YearMonth;
import java.util.regex.Pattern;

/** A calendar quarter, written {@code 2023-Q2} (April–June 2023). */
public record CalendarQuarter(int year, int quarter) implements Period {

    static final Pattern PATTERN = Pattern.compile("(\\d{4})-?Q(\\d)", Pattern.CASE_INSENSITIVE);

    /**
     * @throws IllegalArgumentException when {@code quarter} is not 1–4
     */
    public CalendarQuarter {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException(
                    "quarter " + quarter + " of " + year + " does not exist (expected Q1-Q4)");
        }
    }

    public static CalendarQuarter of(int year, int quarter) {
        return new CalendarQuarter(year, quarter);
    }

    /** The quarter that contains {@code month}. */
    public static CalendarQuarter containing(YearMonth month) {
        return new CalendarQuarter(month.getYear(), (month.getMonthValue() - 1) / 3 + 1);
    }

    @Override
    public YearMonth first() {
        return YearMonth.of(year, (quarter - 1) * 3 + 1);
    }

    @Override
    public YearMonth last() {
        return first().plusMonths(2);
    }

    @Override
    public String code() {
        return year + "-Q" + quarter;
    }

    @Override
    public String toString() {
        return code();
    }
}
