package org.exportpulse.core.peers;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.exportpulse.core.series.Observation;
import org.exportpulse.core.series.ObservationSource;
import org.exportpulse.core.series.Series;
import org.exportpulse.core.time.CalendarYear;

/**
 * Compares economies' ICT service exports from the stored per-economy series (the spec's prefix and
 * the economy's code, e.g. the World Bank's): a series whose definition says it is an aggregate is
 * never ranked. Immutable; each computation reads every series once.
 */
public final class PeersKernel {

    private final ObservationSource source;

    private final List<Series> all;
    private final Map<String, List<Observation>> read;

    private PeersKernel(ObservationSource source, List<Series> all, Map<String, List<Observation>> read) {
        this.read = read;
        this.source = source;
        this.all = List.copyOf(all);
    }

    /**
     * @param all every stored series (to rank among all economies)
     */
    public static PeersKernel of(ObservationSource source, List<Series> all) {
        return new PeersKernel(source, all, Map.of());
    }

    /**
     * Compares the spec's economies (codes case-insensitive; {@code self} is added when absent).
     *
     * @throws IllegalArgumentException when {@code self} has no World Bank series, no value at all, or
     *     none in the year asked for; or a code names an aggregate
     */
    public PeerComparison compute(PeersSpec spec) {
        return new PeersKernel(source, all, new HashMap<>())
                .compare(
                        spec.year().isPresent() ? spec.year().getAsInt() : null,
                        spec.codes(),
                        spec.self(),
                        spec.seriesPrefix());
    }

    private PeerComparison compare(Integer year, List<String> codes, String self, String prefix) {
        String me = self.toUpperCase(Locale.ROOT);
        Series mine = series(prefix, me)
                .orElseThrow(() -> new IllegalArgumentException("no World Bank ICT service exports are stored for " + me
                        + " (series " + prefix + me.toLowerCase(Locale.ROOT) + ")"));
        List<Observation> own = observations(mine.id());
        if (own.isEmpty()) {
            throw new IllegalArgumentException(mine.id() + " has no values");
        }
        int y = year != null ? year : own.get(own.size() - 1).period().first().getYear();
        if (value(mine.id(), y).isEmpty()) {
            throw new IllegalArgumentException(mine.id() + " has no value for " + y + " (it has "
                    + own.get(0).period().code() + " to "
                    + own.get(own.size() - 1).period().code() + ")");
        }
        List<Double> world = new ArrayList<>();
        List<String> ranked = new ArrayList<>();
        for (Series s : all) {
            if (s.id().startsWith(prefix) && !aggregate(s)) {
                value(s.id(), y).ifPresent(o -> {
                    world.add(o.value().doubleValue());
                    ranked.add(s.id());
                });
            }
        }
        List<String> wanted = new ArrayList<>();
        codes.forEach(c -> wanted.add(c.strip().toUpperCase(Locale.ROOT)));
        if (!wanted.contains(me)) {
            wanted.add(0, me);
        }
        List<PeerComparison.Row> rows = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String code : wanted.stream().distinct().toList()) {
            Optional<Series> s = series(prefix, code);
            if (s.isPresent() && aggregate(s.get())) {
                throw new IllegalArgumentException(
                        code + " is an aggregate (" + s.get().title() + "), not an economy");
            }
            Optional<Observation> v = s.flatMap(x -> value(x.id(), y));
            if (v.isEmpty()) {
                missing.add(code);
                continue;
            }
            double value = v.get().value().doubleValue();
            long above = world.stream().filter(w -> w > value).count();
            rows.add(new PeerComparison.Row(
                    code,
                    economyName(s.get()),
                    s.get().id(),
                    value,
                    v.get().vintage(),
                    growth(s.get().id(), y, value, 1),
                    growth(s.get().id(), y, value, 5),
                    0,
                    (int) above + 1,
                    code.equals(me)));
        }
        rows.sort(Comparator.comparingDouble(PeerComparison.Row::value).reversed());
        List<PeerComparison.Row> rankedRows = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            PeerComparison.Row r = rows.get(i);
            rankedRows.add(new PeerComparison.Row(
                    r.code(),
                    r.name(),
                    r.seriesId(),
                    r.value(),
                    r.vintage(),
                    r.growth(),
                    r.growth5y(),
                    i + 1,
                    r.worldRank(),
                    r.highlighted()));
        }
        return new PeerComparison(y, world.size(), rankedRows, missing, ranked);
    }

    /** Compound yearly growth over {@code years}, percent; NaN when the earlier value is missing or not positive. */
    private double growth(String id, int year, double value, int years) {
        return value(id, year - years)
                .map(o -> o.value().doubleValue())
                .filter(before -> before > 0)
                .map(before -> (Math.pow(value / before, 1.0 / years) - 1) * 100)
                .orElse(Double.NaN);
    }

    private Optional<Series> series(String prefix, String code) {
        return source.series(prefix + code.toLowerCase(Locale.ROOT));
    }

    private Optional<Observation> value(String id, int year) {
        CalendarYear y = CalendarYear.of(year);
        return observations(id).stream().filter(o -> o.period().equals(y)).findFirst();
    }

    /** Each series is read from the source once per computation (growth and ranks ask for it again). */
    private List<Observation> observations(String id) {
        return read.computeIfAbsent(id, source::currentObservations);
    }

    private static boolean aggregate(Series s) {
        return s.definition().contains("aggregate");
    }

    /** {@code India} from {@code India: ICT service exports (BoP, current US$)}. */
    public static String economyName(Series s) {
        int colon = s.title().indexOf(':');
        return colon > 0 ? s.title().substring(0, colon) : s.title();
    }
}
