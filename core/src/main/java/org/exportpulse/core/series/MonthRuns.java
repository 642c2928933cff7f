package org.exportpulse.core.series;

import java.time.YearMonth;
import java.util.List;
import org.exportpulse.core.time.CalendarMonth;

/** Runs of consecutive months in a series' monthly observations. */
public final class MonthRuns {

    private MonthRuns() {}

    /**
     * {@code [start, end)} indices of the longest run of consecutive months in {@code months}
     * (ordered, all {@link CalendarMonth}); the latest such run on ties. {@code [0, 0)} when empty.
     */
    public static int[] longest(List<Observation> months) {
        if (months.isEmpty()) {
            return new int[] {0, 0};
        }
        int bestStart = 0;
        int bestEnd = 1;
        int start = 0;
        for (int i = 1; i <= months.size(); i++) {
            boolean breaks = i == months.size()
                    || !month(months.get(i)).equals(month(months.get(i - 1)).plusMonths(1));
            if (breaks) {
                if (i - start >= bestEnd - bestStart) {
                    bestStart = start;
                    bestEnd = i;
                }
                start = i;
            }
        }
        return new int[] {bestStart, bestEnd};
    }

    public static YearMonth month(Observation o) {
        return ((CalendarMonth) o.period()).month();
    }
}
