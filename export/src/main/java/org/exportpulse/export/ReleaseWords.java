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
        return f.behind() ? "data through " + month(f.latestPeriod()) + "; " + overdue(f) : "";
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
        if (!f.behind()) {
            return "";
        }
        YearMonth first = f.overdue().get(0);
        YearMonth last = f.overdue().get(f.overdue().size() - 1);
        if (first.equals(last)) {
            return "the release for " + month(first) + " was expected by "
                    + f.pattern().expectedBy(first) + " and is not in the store";
        }
        return "the releases for " + month(first) + " to " + month(last) + " were expected by "
                + f.pattern().expectedBy(first) + " to " + f.pattern().expectedBy(last) + " and are not in the store";
    }

    /** {@code November 2026}. */
    public static String month(YearMonth m) {
        return m.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + m.getYear();
    }
}
