package org.exportpulse.export;

import java.util.ArrayList;
import java.util.List;
import org.exportpulse.core.figures.HeadlineFigures;
import org.exportpulse.core.figures.RecordMark;
import org.exportpulse.core.figures.Streak;

/** A month's records and year-on-year streaks as a reader says them: "Lowest since November 2025". */
public final class RecordWords {

    private RecordWords() {}

    /**
     * One phrase per record and per running streak, records first; empty when the month sets none
     * and no streak runs (or its value is missing).
     */
    public static List<String> phrases(HeadlineFigures f) {
        List<String> out = new ArrayList<>();
        for (RecordMark r : f.records()) {
            out.add(record(r));
        }
        for (Streak s : f.streaks()) {
            if (s.months() > 0) {
                out.add(streak(s));
            }
        }
        return out;
    }

    /** {@code Highest on record (data from December 2019)}, {@code Lowest since November 2025}, … */
    public static String record(RecordMark r) {
        return switch (r.kind()) {
            case ALL_TIME_HIGH -> "Highest on record (data from " + Numbers.month(r.since()) + ")";
            case ALL_TIME_LOW -> "Lowest on record (data from " + Numbers.month(r.since()) + ")";
            case HIGHEST_SINCE -> "Highest since " + Numbers.month(r.since());
            case LOWEST_SINCE -> "Lowest since " + Numbers.month(r.since());
        };
    }

    /** {@code Up on a year earlier for 9 months running}; a run of one month is {@code Up on a year earlier}. */
    public static String streak(Streak s) {
        String direction = s.kind() == Streak.Kind.YOY_GROWTH ? "Up" : "Down";
        return direction + " on a year earlier" + (s.months() > 1 ? " for " + s.months() + " months running" : "");
    }
}
