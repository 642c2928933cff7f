package org.exportpulse.formats;

import java.time.LocalDate;
import org.exportpulse.core.time.Period;

/**
 * The range of periods and dates an input may hold: years 1900 to 2099. Anything outside is a typo
 * (a period of December 9999 would become every series' latest month), refused with the range.
 */
public final class Plausible {

    /** The first and last years accepted. */
    public static final int FIRST_YEAR = 1900;

    public static final int LAST_YEAR = 2099;

    private Plausible() {}

    /**
     * @throws IllegalArgumentException for a period outside the range, naming it
     */
    public static Period period(Period period, String text) {
        if (period.first().getYear() < FIRST_YEAR || period.last().getYear() > LAST_YEAR) {
            throw new IllegalArgumentException("'" + text + "' is outside the periods accepted (expected one from "
                    + FIRST_YEAR + " to " + LAST_YEAR + ")");
        }
        return period;
    }

    /**
     * @throws IllegalArgumentException for a date outside the range, naming it
     */
    public static LocalDate date(LocalDate date) {
        if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
            throw new IllegalArgumentException("'" + date + "' is outside the dates accepted (expected one from "
                    + FIRST_YEAR + "-01-01 to " + LAST_YEAR + "-12-31)");
        }
        return date;
    }
}
