package org.exportpulse.core.figures;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import org.exportpulse.core.series.Observation;
import org.exportpulse.core.time.CalendarMonth;
import org.exportpulse.core.time.MonthSpan;

/** The current observations of one monthly series, by month. */
final class MonthlyValues {

    private final String seriesId;
    private final NavigableMap<YearMonth, Observation> byMonth = new TreeMap<>();

    MonthlyValues(String seriesId, List<Observation> observations) {
        this.seriesId = seriesId;
        for (Observation o : observations) {
            if (o.period() instanceof CalendarMonth m) {
                byMonth.put(m.month(), o);
            }
        }
    }

    String seriesId() {
        return seriesId;
    }

    Optional<Observation> at(YearMonth month) {
        return Optional.ofNullable(byMonth.get(month));
    }

    boolean isEmpty() {
        return byMonth.isEmpty();
    }

    YearMonth firstMonth() {
        return byMonth.firstKey();
    }

    YearMonth lastMonth() {
        return byMonth.lastKey();
    }

    /** Months with a value up to and including {@code month}, oldest first. */
    Iterable<Map.Entry<YearMonth, Observation>> through(YearMonth month) {
        return byMonth.headMap(month, true).entrySet();
    }

    /**
     * The sum over {@code span}, recording each input in {@code trace}; {@code missing} receives
     * the months without a value, and the sum is empty when there are any.
     */
    Optional<BigDecimal> sum(MonthSpan span, Trace trace, List<String> missing) {
        BigDecimal total = BigDecimal.ZERO;
        List<String> lacking = new ArrayList<>();
        for (YearMonth m : span.months()) {
            Observation o = byMonth.get(m);
            if (o == null) {
                lacking.add(m.toString());
            } else {
                trace.used(seriesId, o);
                total = total.add(o.value());
            }
        }
        missing.addAll(lacking);
        return lacking.isEmpty() ? Optional.of(total) : Optional.empty();
    }
}
