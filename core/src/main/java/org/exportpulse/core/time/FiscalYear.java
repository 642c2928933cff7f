package org.exportpulse.core.time;

import java.time.Month;
import java.time.YearMonth;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fiscal year, named after the calendar year in which it ends: with a July start, {@code FY2026}
 * is July 2025 – June 2026 (label {@code FY26}). With a January start it is calendar year 2026.
 */
public record FiscalYear(int endYear, Month firstMonth) implements Period {

    private static final Pattern LONG = Pattern.compile("FY(\\d{4})", Pattern.CASE_INSENSITIVE);
    private static final Pattern SHORT = Pattern.compile("FY(\\d{2})", Pattern.CASE_INSENSITIVE);
    private static final Pattern SPLIT = Pattern.compile("(\\d{4})[-/–](\\d{2}|\\d{4})");

    public FiscalYear {
        Objects.requireNonNull(firstMonth, "firstMonth");
    }

    /** Whether {@code text} is {@code yyyy-yy} with consecutive years and not also a month. */
    static boolean isSplitForm(String text) {
        Matcher m = SPLIT.matcher(text);
        if (!m.matches() || m.group(2).length() != 2) {
            return false;
        }
        int second = Integer.parseInt(m.group(2));
        return (second > 12 || second == 0) && second == (Integer.parseInt(m.group(1)) + 1) % 100;
    }

    static boolean looksLikeFiscalYear(String text) {
        return LONG.matcher(text).matches()
                || SHORT.matcher(text).matches()
                || SPLIT.matcher(text).matches();
    }

    /**
     * Reads {@code FY2026}, {@code FY26} (taken as 20xx) or {@code 2025-26} / {@code 2025-2026}.
     *
     * @throws IllegalArgumentException for other text, a split form whose years do not follow each
     *     other (e.g. {@code 2025-27}), or a year ending before 1900 or after 2099
     */
    public static FiscalYear parse(String text, FiscalCalendar calendar) {
        FiscalYear year = parseAnyYear(text, calendar);
        if (year.endYear < 1900 || year.endYear > 2099) {
            throw new IllegalArgumentException("'" + text.strip() + "' is outside the fiscal years accepted (expected"
                    + " one ending in 1900 to 2099)");
        }
        return year;
    }

    private static FiscalYear parseAnyYear(String text, FiscalCalendar calendar) {
        String t = text.strip();
        Matcher m;
        if ((m = LONG.matcher(t)).matches()) {
            return calendar.fiscalYear(Integer.parseInt(m.group(1)));
        }
        if ((m = SHORT.matcher(t)).matches()) {
            return calendar.fiscalYear(2000 + Integer.parseInt(m.group(1)));
        }
        if ((m = SPLIT.matcher(t)).matches()) {
            int start = Integer.parseInt(m.group(1));
            int end = Integer.parseInt(m.group(2));
            int expected = m.group(2).length() == 2 ? (start + 1) % 100 : start + 1;
            if (end != expected) {
                throw new IllegalArgumentException("'" + t + "' is not a fiscal year: the years must follow each other"
                        + " (expected e.g. 2025-26)");
            }
            return calendar.fiscalYear(start + 1);
        }
        throw new IllegalArgumentException("'" + t + "' is not a fiscal year (expected FY2026, FY26 or 2025-26)");
    }

    @Override
    public YearMonth first() {
        int startYear = firstMonth == Month.JANUARY ? endYear : endYear - 1;
        return YearMonth.of(startYear, firstMonth);
    }

    @Override
    public YearMonth last() {
        return first().plusMonths(11);
    }

    /** Canonical form, {@code FY2026}. */
    @Override
    public String code() {
        return "FY" + endYear;
    }

    /** Prose form, {@code FY26}. */
    public String label() {
        return String.format("FY%02d", endYear % 100);
    }

    @Override
    public String toString() {
        return code();
    }
}
