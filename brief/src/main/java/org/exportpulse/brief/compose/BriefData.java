package org.exportpulse.brief.compose;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.exportpulse.core.figures.Percent;
import org.exportpulse.core.series.Observation;
import org.exportpulse.core.series.ObservationSource;
import org.exportpulse.core.series.Series;
import org.exportpulse.core.time.CalendarMonth;
import org.exportpulse.core.time.Period;

/** Reads single stored values for the brief and makes traced numbers of them. */
final class BriefData {

    private final ObservationSource source;
    private final Wording wording;
    private final Map<String, List<Observation>> read = new HashMap<>();
    private final Map<String, Optional<Series>> seriesRead = new HashMap<>();

    /** Reads each series once, for one brief written with {@code wording}. */
    BriefData(ObservationSource source, Wording wording) {
        this.source = source;
        this.wording = wording;
    }

    /** How the brief's sentences name things. */
    Wording wording() {
        return wording;
    }

    ObservationSource source() {
        return source;
    }

    Optional<Series> series(String id) {
        return seriesRead.computeIfAbsent(id, source::series);
    }

    /** The current value of {@code seriesId} for exactly {@code period}. */
    Optional<Observation> value(String seriesId, Period period) {
        for (Observation o : all(seriesId)) {
            if (o.period().first().equals(period.first()) && o.period().last().equals(period.last())) {
                return Optional.of(o);
            }
        }
        return Optional.empty();
    }

    List<Observation> all(String seriesId) {
        return read.computeIfAbsent(seriesId, source::currentObservations);
    }

    /** The stored values of the months of {@code span} that have one. */
    List<TraceRef> monthRefs(String seriesId, Period span) {
        List<TraceRef> refs = new ArrayList<>();
        for (java.time.YearMonth m : span.months()) {
            value(seriesId, CalendarMonth.of(m)).ifPresent(o -> refs.add(TraceRef.of(seriesId, o)));
        }
        return refs;
    }

    static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    static BriefNumber amount(String key, String seriesId, Observation o) {
        return new BriefNumber(key, o.value(), BriefNumber.Kind.USD_MILLION, List.of(TraceRef.of(seriesId, o)));
    }

    static BriefNumber number(String key, BigDecimal value, BriefNumber.Kind kind, List<TraceRef> refs) {
        return new BriefNumber(key, value, kind, refs);
    }

    /** Percent change from {@code then} to {@code now} (as the headline figures compute it). */
    static BigDecimal change(BigDecimal now, BigDecimal then) {
        return Percent.change(now, then);
    }

    /** {@code part} as a percent of {@code whole}. */
    static BigDecimal share(BigDecimal part, BigDecimal whole) {
        return Percent.of(part, whole);
    }

    static List<TraceRef> refs(String a, Observation oa, String b, Observation ob) {
        return List.of(TraceRef.of(a, oa), TraceRef.of(b, ob));
    }
}
