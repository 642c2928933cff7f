package org.exportpulse.core.time;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;

/**
 * A span of whole calendar months that a value refers to: a month, a calendar quarter, a fiscal
 * year or an arbitrary span of months.
 *
 * <p>Every period has a canonical text form ({@link #code()}): {@code 2025-11}, {@code 2025-Q2}, {@code 2024},
 * {@code FY2026}, {@code 2025-07/2025-11}. {@link #parse(String, FiscalCalendar)} reads these and
 * the fiscal-year spellings {@code FY26} and {@code 2025-26}. A text that could be either a month
 * or a fiscal year ({@code 2011-12}) is read as the month.
 */
public sealed interface Period permits CalendarMonth, CalendarQuarter, CalendarYear, FiscalYear, MonthSpan {

    /** First month covered, inclusive. */
    YearMonth first();

    /** Last month covered, inclusive. */
    YearMonth last();

    /** Canonical text form, as stored and written in JSON. */
    String code();

    /** Number of months covered (1 for a month, 3 for a quarter, 12 for a fiscal year). */
    default int monthCount() {
        return (int) (first().until(last(), java.time.temporal.ChronoUnit.MONTHS) + 1);
    }

    /** Whether {@code month} lies within this period. */
    default boolean contains(YearMonth month) {
        return !month.isBefore(first()) && !month.isAfter(last());
    }

    /** The months covered, in order. */
    default List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>(monthCount());
        for (YearMonth m = first(); !m.isAfter(last()); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }

    /**
     * Reads a period.
     *
     * @param text {@code 2025-11}, {@code 2025-Q2}, {@code 2024}, {@code FY2026}, {@code FY26}, {@code 2025-26}
     *     or {@code 2025-07/2025-11}; surrounding blanks are ignored
     * @param calendar decides which months a fiscal year covers
     * @throws IllegalArgumentException naming the text and the accepted forms when it is none of
     *     these, or names an impossible month, quarter or span
     */
    static Period parse(String text, FiscalCalendar calendar) {
        String trimmed = text == null ? "" : text.strip();
        Matcher m;
        if ((m = CalendarMonth.PATTERN.matcher(trimmed)).matches() && !FiscalYear.isSplitForm(trimmed)) {
            return CalendarMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        }
        if (CalendarYear.PATTERN.matcher(trimmed).matches()) {
            return CalendarYear.of(Integer.parseInt(trimmed));
        }
        if ((m = CalendarQuarter.PATTERN.matcher(trimmed)).matches()) {
            return CalendarQuarter.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        }
        if (trimmed.contains("/")) {
            return MonthSpan.parse(trimmed);
        }
        if (FiscalYear.looksLikeFiscalYear(trimmed)) {
            return FiscalYear.parse(trimmed, calendar);
        }
        throw new IllegalArgumentException("'" + trimmed + "' is not a period (expected 2025-11, 2025-Q2, 2025, FY2026,"
                + " FY26, 2025-26 or 2025-07/2025-11)");
    }

    /** Orders periods by first month, then by last month. */
    Comparator<Period> ORDER = Comparator.comparing(Period::first).thenComparing(Period::last);
}
