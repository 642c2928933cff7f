package org.exportpulse.core.series;

import org.exportpulse.core.time.CalendarMonth;
import org.exportpulse.core.time.CalendarQuarter;
import org.exportpulse.core.time.CalendarYear;
import org.exportpulse.core.time.FiscalCalendar;
import org.exportpulse.core.time.FiscalYear;
import org.exportpulse.core.time.MonthSpan;
import org.exportpulse.core.time.Period;

/** How often a series is observed, and so which periods its observations may have. */
public enum Frequency {
    /** One value per calendar month ({@code 2025-11}). */
    MONTH,
    /** One value per calendar quarter ({@code 2025-Q2}). */
    QUARTER,
    /** One value per calendar year ({@code 2024}). */
    YEAR,
    /** One value per fiscal year ({@code FY2026}). */
    FISCAL_YEAR,
    /** Cumulative from the fiscal-year start to a month ({@code 2025-07/2025-11}). */
    FYTD;

    /** Lower-case code as written in files: {@code month}, {@code quarter}, {@code year}, {@code fiscal_year}, {@code fytd}. */
    public String code() {
        return EnumCodes.code(this);
    }

    /**
     * @throws IllegalArgumentException for an unknown code, listing the known ones
     */
    public static Frequency parse(String code) {
        return EnumCodes.parse(Frequency.class, code, "frequency");
    }

    /** Whether a series of this frequency, on {@code calendar}, can have a value for {@code period}. */
    public boolean accepts(Period period, FiscalCalendar calendar) {
        return switch (this) {
            case MONTH -> period instanceof CalendarMonth;
            case QUARTER -> period instanceof CalendarQuarter;
            case YEAR -> period instanceof CalendarYear;
            case FISCAL_YEAR -> period instanceof FiscalYear fy && fy.firstMonth() == calendar.firstMonth();
            case FYTD -> period instanceof MonthSpan span && calendar.isYearToDate(span);
        };
    }

    /** An example period, for error messages. */
    public String example() {
        return switch (this) {
            case MONTH -> "a month like 2025-11";
            case QUARTER -> "a quarter like 2025-Q2";
            case YEAR -> "a calendar year like 2024";
            case FISCAL_YEAR -> "a fiscal year like FY2026";
            case FYTD -> "a span from the fiscal-year start like 2025-07/2025-11";
        };
    }
}
