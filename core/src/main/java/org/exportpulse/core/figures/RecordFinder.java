package org.exportpulse.core.figures;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.exportpulse.core.series.Observation;

/** Finds the records a month sets against the stored history before it. */
final class RecordFinder {

    /** Shortest run reported as "highest since" / "lowest since". */
    static final int MIN_SINCE_MONTHS = 3;

    private RecordFinder() {}

    static List<RecordMark> find(MonthlyValues values, YearMonth month, BigDecimal value, Trace trace) {
        List<RecordMark> marks = new ArrayList<>();
        for (RecordMark.Kind kind : List.of(RecordMark.Kind.ALL_TIME_HIGH, RecordMark.Kind.ALL_TIME_LOW)) {
            find(values, month, value, kind).ifPresent(mark -> {
                marks.add(mark);
                values.at(mark.previousPeriod()).ifPresent(o -> trace.used(values.seriesId(), o));
            });
        }
        return marks;
    }

    private static Optional<RecordMark> find(
            MonthlyValues values, YearMonth month, BigDecimal value, RecordMark.Kind allTime) {
        boolean high = allTime.isHigh();
        Map.Entry<YearMonth, Observation> best = null;
        Map.Entry<YearMonth, Observation> lastAtLeastAsExtreme = null;
        for (Map.Entry<YearMonth, Observation> e : values.through(month.minusMonths(1))) {
            int cmp = e.getValue().value().compareTo(value);
            if (high ? cmp >= 0 : cmp <= 0) {
                lastAtLeastAsExtreme = e;
            }
            int vsBest = best == null
                    ? 0
                    : e.getValue().value().compareTo(best.getValue().value());
            if (high ? vsBest >= 0 : vsBest <= 0) {
                best = e;
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        if (lastAtLeastAsExtreme == null) {
            int months = (int) values.firstMonth().until(month, ChronoUnit.MONTHS);
            return Optional.of(new RecordMark(
                    allTime,
                    values.firstMonth(),
                    months,
                    best.getKey(),
                    best.getValue().value()));
        }
        YearMonth since = lastAtLeastAsExtreme.getKey();
        int months = (int) since.until(month, ChronoUnit.MONTHS);
        if (months < MIN_SINCE_MONTHS) {
            return Optional.empty();
        }
        RecordMark.Kind kind = high ? RecordMark.Kind.HIGHEST_SINCE : RecordMark.Kind.LOWEST_SINCE;
        return Optional.of(new RecordMark(
                kind, since, months, since, lastAtLeastAsExtreme.getValue().value()));
    }
}
