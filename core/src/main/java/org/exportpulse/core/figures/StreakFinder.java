package org.exportpulse.core.figures;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.exportpulse.core.series.Observation;

/** Counts the year-on-year run that a month ends. */
final class StreakFinder {

    private StreakFinder() {}

    static Streak find(MonthlyValues values, YearMonth month) {
        Integer direction = direction(values, month);
        Streak.Kind kind = direction != null && direction < 0 ? Streak.Kind.YOY_DECLINE : Streak.Kind.YOY_GROWTH;
        int wanted = kind == Streak.Kind.YOY_GROWTH ? 1 : -1;
        int months = 0;
        YearMonth m = month;
        while (!values.isEmpty() && !m.isBefore(values.firstMonth())) {
            Integer d = direction(values, m);
            if (d == null || d != wanted) {
                return ended(kind, months, month, m, d, values);
            }
            months++;
            m = m.minusMonths(1);
        }
        return new Streak(kind, months, months == 0 ? null : m.plusMonths(1), null, null, List.of());
    }

    private static Streak ended(
            Streak.Kind kind, int months, YearMonth month, YearMonth breaker, Integer direction, MonthlyValues values) {
        YearMonth since = months == 0 ? null : month.minusMonths(months - 1L);
        if (direction == null) {
            List<String> missing = new ArrayList<>();
            if (values.at(breaker).isEmpty()) {
                missing.add(breaker.toString());
            }
            if (values.at(breaker.minusYears(1)).isEmpty()) {
                missing.add(breaker.minusYears(1).toString());
            }
            return new Streak(kind, months, since, breaker, "missing", missing);
        }
        String because = kind == Streak.Kind.YOY_GROWTH ? "not_above" : "not_below";
        return new Streak(kind, months, since, breaker, because, List.of());
    }

    /** Sign of (value − year-ago value), or {@code null} when either is missing. */
    private static Integer direction(MonthlyValues values, YearMonth month) {
        Optional<BigDecimal> now = values.at(month).map(Observation::value);
        Optional<BigDecimal> before = values.at(month.minusYears(1)).map(Observation::value);
        if (now.isEmpty() || before.isEmpty()) {
            return null;
        }
        return Integer.signum(now.get().compareTo(before.get()));
    }
}
