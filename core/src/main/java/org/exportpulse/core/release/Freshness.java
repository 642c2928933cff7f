package org.exportpulse.core.release;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.exportpulse.core.series.PublicByBasis;

/**
 * How current a monthly series is on a day, against its publisher's release pattern.
 *
 * @param today the day judged
 * @param latestPeriod the latest month with a stored value; null when the series has none
 * @param lastUpdated the latest public-by date of its stored values; null when it has none
 * @param lastUpdatedBasis what that date is ({@code source}: a dated report; {@code compiled}: the
 *     day the data set was compiled, an upper bound only); null with it
 * @param nextPeriod the month whose release comes next (the first month after {@code latestPeriod}
 *     not yet overdue)
 * @param nextFrom the first day that release is expected
 * @param nextBy the day by which it is expected
 * @param overdue the months after {@code latestPeriod} whose release was expected before
 *     {@code today} and is not in the store, oldest first
 */
public record Freshness(
        ReleasePattern pattern,
        LocalDate today,
        YearMonth latestPeriod,
        LocalDate lastUpdated,
        PublicByBasis lastUpdatedBasis,
        YearMonth nextPeriod,
        LocalDate nextFrom,
        LocalDate nextBy,
        List<YearMonth> overdue) {

    public Freshness {
        overdue = List.copyOf(overdue);
    }

    /** Whether releases the calendar expected by now are missing from the store. */
    public boolean behind() {
        return !overdue.isEmpty();
    }
}
