package org.exportpulse.core.time;

import java.time.Month;
import java.time.YearMonth;
import java.util.Objects;

/**
 * Which month a fiscal year starts in. Fiscal years are named after the calendar year in which
 * they end ({@link FiscalYear}).
 */
public record FiscalCalendar(Month firstMonth) {

    /** A fiscal year from July to June. */
    public static final FiscalCalendar JULY_TO_JUNE = new FiscalCalendar(Month.JULY);

    /** Fiscal year = calendar year. */
    public static final FiscalCalendar CALENDAR_YEAR = new FiscalCalendar(Month.JANUARY);

    public FiscalCalendar {
        Objects.requireNonNull(firstMonth, "firstMonth");
    }

    /**
     * @param firstMonth 1–12
     * @throws IllegalArgumentException when {@code firstMonth} is not 1–12
     */
    public static FiscalCalendar startingIn(int firstMonth) {
        if (firstMonth < 1 || firstMonth > 12) {
            throw new IllegalArgumentException(
                    "fiscal year start " + firstMonth + " is not a month (expected 1-12, e.g. 07 for July)");
        }
        return new FiscalCalendar(Month.of(firstMonth));
    }

    /** The fiscal year ending in calendar year {@code endYear}. */
    public FiscalYear fiscalYear(int endYear) {
        return new FiscalYear(endYear, firstMonth);
    }

    /** The fiscal year that contains {@code month}. */
    public FiscalYear fiscalYearOf(YearMonth month) {
        boolean startsNextYear = firstMonth != Month.JANUARY && month.getMonthValue() >= firstMonth.getValue();
        return fiscalYear(startsNextYear ? month.getYear() + 1 : month.getYear());
    }

    /** From the first month of {@code month}'s fiscal year through {@code month}. */
    public MonthSpan yearToDate(YearMonth month) {
        return MonthSpan.of(fiscalYearOf(month).first(), month);
    }

    /** Whether {@code span} starts at a fiscal-year start and stays within that fiscal year. */
    public boolean isYearToDate(MonthSpan span) {
        FiscalYear year = fiscalYearOf(span.first());
        return span.first().equals(year.first()) && !span.last().isAfter(year.last());
    }
}
