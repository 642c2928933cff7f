package org.exportpulse.export;

import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import org.exportpulse.core.release.Freshness;

/** Freshness in words, as the command line writes it. */
public final class ReleaseWords {

    private ReleaseWords() {}

    /**
     * {@code data through February 2026; the releases for March 2026 to October 2026 were expected
     * by 2026-04-23 to 2026-11-23 and are not in the store}; empty when the series is not behind.
     */
    public static String warning(Freshness f) {
        if (!f.behind()) {
            return "";
        }
        YearMonth first = f.overdue().get(0);
        YearMonth last = f.overdue().get(f.overdue().size() - 1);
        String months = first.equals(last)
                ? "the release for " + month(first) + " was"
                : "the releases for " + month(first) + " to " + month(last) + " were";
        String by = first.equals(last)
                ? "by " + f.pattern().expectedBy(first)
                : "by " + f.pattern().expectedBy(first) + " to " + f.pattern().expectedBy(last);
        return "data through " + month(f.latestPeriod()) + "; " + months + " expected " + by + " and "
                + (first.equals(last) ? "is" : "are") + " not in the store";
    }

    /**
     * {@code data through February 2026, last updated 2026-11-28 (compiled); next release: November
     * 2026, expected 2026-12-16 to 2026-12-23}.
     */
    public static String summary(Freshness f) {
        String through = f.latestPeriod() == null ? "no monthly values" : "data through " + month(f.latestPeriod());
        String updated = f.lastUpdated() == null
                ? ""
                : ", last updated " + f.lastUpdated() + " ("
                        + f.lastUpdatedBasis().code() + ")";
        return through + updated + "; next release: " + month(f.nextPeriod()) + ", expected " + f.nextFrom() + " to "
                + f.nextBy();
    }

    /**
     * {@code the releases for March 2026 to October 2026 were expected by 2026-04-23 to 2026-11-23
     * and are not in the store}; empty when none is missing.
     */
    public static String overdue(Freshness f) {
        String warning = warning(f);
        return warning.isEmpty() ? "" : warning.substring(warning.indexOf("; ") + 2);
    }

    /** {@code November 2026}. */
    public static String month(YearMonth m) {
        return m.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + m.getYear();
    }
}
