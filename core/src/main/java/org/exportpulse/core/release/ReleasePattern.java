package org.exportpulse.core.release;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * When a publisher's monthly figure usually appears: in the month {@code monthsAfter} after the
 * reference month, from day {@code firstDay} (earliest seen) to {@code lastDay} (by which 80 % of
 * the releases seen had appeared), usually on {@code usualDay}.
 *
 * @param reports how many releases the days were read from
 * @param evidence where the pattern comes from, in words
 */
public record ReleasePattern(
        String seriesId,
        String publisher,
        int monthsAfter,
        int firstDay,
        int usualDay,
        int lastDay,
        int reports,
        String evidence) {

    /**
     * @throws IllegalArgumentException when the days are not 1 to 31 in order or the lag is negative
     */
    public ReleasePattern {
        Objects.requireNonNull(seriesId, "seriesId");
        Objects.requireNonNull(publisher, "publisher");
        evidence = evidence == null ? "" : evidence;
        if (monthsAfter < 0) {
            throw new IllegalArgumentException(seriesId + ": months_after " + monthsAfter + " is negative");
        }
        if (firstDay < 1 || firstDay > usualDay || usualDay > lastDay || lastDay > 31) {
            throw new IllegalArgumentException(seriesId + ": release days " + firstDay + ", " + usualDay + ", "
                    + lastDay + " are not in order within 1 to 31 (expected first <= usual <= last)");
        }
    }

    /** The first day {@code month}'s figure is expected (the release month's last day when shorter). */
    public LocalDate expectedFrom(YearMonth month) {
        return day(month, firstDay);
    }

    /** The day by which {@code month}'s figure is expected; after it, the month is overdue. */
    public LocalDate expectedBy(YearMonth month) {
        return day(month, lastDay);
    }

    private LocalDate day(YearMonth month, int day) {
        YearMonth release = month.plusMonths(monthsAfter);
        return release.atDay(Math.min(day, release.lengthOfMonth()));
    }
}
