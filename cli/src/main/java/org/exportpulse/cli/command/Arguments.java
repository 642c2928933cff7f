package org.exportpulse.cli.command;

import java.time.YearMonth;
import org.exportpulse.core.time.CalendarMonth;
import org.exportpulse.core.time.FiscalCalendar;
import org.exportpulse.core.time.Period;

/** Parsing of command-line values shared by commands. */
final class Arguments {

    private Arguments() {}

    /**
     * @throws IllegalArgumentException when {@code text} is not a month like {@code 2025-12}
     */
    static YearMonth month(String text) {
        Period p = Period.parse(text, FiscalCalendar.JULY_TO_JUNE);
        if (p instanceof CalendarMonth m) {
            return m.month();
        }
        throw new IllegalArgumentException("--period " + text + " is not a month (expected e.g. 2025-12)");
    }
}
