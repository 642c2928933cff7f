package org.exportpulse.check;

import java.time.YearMonth;
import java.util.Locale;
import org.exportpulse.core.time.CalendarMonth;
import org.exportpulse.core.time.CalendarYear;
import org.exportpulse.core.time.FiscalCalendar;
import org.exportpulse.core.time.FiscalYear;
import org.exportpulse.core.time.MonthSpan;
import org.exportpulse.core.time.Period;

/** Period arithmetic and wording the checker needs. */
final class Periods {

    private static final String[] MONTH_NAMES = {
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December"
    };

    private Periods() {}

    /** {@code period} moved by {@code months}, keeping its kind where it can. */
    static Period shift(Period period, int months) {
        if (period instanceof CalendarMonth m) {
            return CalendarMonth.of(m.month().plusMonths(months));
        }
        if (period instanceof FiscalYear fy && months % 12 == 0) {
            return new FiscalYear(fy.endYear() + months / 12, fy.firstMonth());
        }
        if (period instanceof CalendarYear y && months % 12 == 0) {
            return CalendarYear.of(y.first().getYear() + months / 12);
        }
        return MonthSpan.of(period.first().plusMonths(months), period.last().plusMonths(months));
    }

    /** The span from the start of {@code month}'s fiscal year through {@code month}. */
    static MonthSpan yearToDate(FiscalCalendar calendar, YearMonth month) {
        return calendar.yearToDate(month);
    }

    /** Whether {@code period} is a span starting with its fiscal year (a fiscal year to date). */
    static boolean isYearToDate(FiscalCalendar calendar, Period period) {
        return period instanceof MonthSpan s && calendar.isYearToDate(s);
    }

    /**
     * {@code November 2025}, {@code July–November FY26}, {@code FY25}, {@code 2025}; a span across
     * fiscal years names each end's year: {@code December 2024–November 2025}.
     */
    static String describe(Period period, FiscalCalendar calendar) {
        if (period instanceof CalendarMonth m) {
            return monthName(m.month()) + " " + m.month().getYear();
        }
        if (period instanceof FiscalYear fy) {
            return fy.label();
        }
        if (period instanceof CalendarYear y) {
            return String.valueOf(y.first().getYear());
        }
        String months = monthName(period.first()) + "–" + monthName(period.last());
        FiscalYear fy = calendar.fiscalYearOf(period.first());
        if (fy.contains(period.last())) {
            return months + " " + fy.label();
        }
        return monthName(period.first()) + " " + period.first().getYear() + "–" + monthName(period.last()) + " "
                + period.last().getYear();
    }

    static String monthName(YearMonth month) {
        return MONTH_NAMES[month.getMonthValue() - 1];
    }

    /** The month number (1–12) of a month name or its abbreviation, ignoring case and a dot. */
    static int monthNumber(String name) {
        String n = name.toLowerCase(Locale.ROOT).replace(".", "");
        for (int i = 0; i < 12; i++) {
            if (MONTH_NAMES[i].toLowerCase(Locale.ROOT).startsWith(n.length() >= 3 ? n : "?")) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("not a month name: " + name);
    }
}
