package org.exportpulse.store.memory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.exportpulse.core.series.Observation;
import org.exportpulse.core.series.ObservationSource;
import org.exportpulse.core.series.Series;
import org.exportpulse.core.series.VintageSource;
import org.exportpulse.core.time.Period;
import org.exportpulse.store.SeriesStore;

/**
 * One state of the store in memory: its series, read when the snapshot is made, and each series'
 * vintages, read with one query when first asked for and kept while the snapshot lives (the least
 * recently used dropped beyond a number of vintages). Answers — current values, or as of any date
 * — are the store's own, computed without a query once a series is held.
 *
 * <p>A snapshot is <em>stable</em> when the store's last change was the same after each read as
 * the state it names; an unstable one (a commit came between) keeps nothing, so that nothing read
 * after that commit is ever served as the older state. Its answers may then be newer than its name:
 * a caller that needs one state checks the last change again after reading, as the server does.
 */
public final class StoreSnapshot {

    private final SeriesStore store;
    private final Optional<Instant> changed;
    private final Map<String, Series> series;
    private final int maxVintages;
    private final LinkedHashMap<String, SeriesVintages> kept = new LinkedHashMap<>(16, 0.75f, true);
    private int keptVintages;

    /** A lock per series, held while it is read, so that requests arriving together read it once. */
    private final ConcurrentHashMap<String, Object> loading = new ConcurrentHashMap<>();

    private volatile boolean stable;

    private StoreSnapshot(SeriesStore store, Optional<Instant> changed, Map<String, Series> series, int maxVintages) {
        this.store = store;
        this.changed = changed;
        this.series = series;
        this.maxVintages = maxVintages;
    }

    /**
     * Reads the series of the state named {@code changed}.
     *
     * @param maxVintages vintages kept in memory across series; the least recently used series are
     *     dropped beyond it and read again when asked for (one series is always kept, whatever its size)
     */
    static StoreSnapshot read(SeriesStore store, Optional<Instant> changed, int maxVintages) {
        Map<String, Series> series = new LinkedHashMap<>();
        for (Series s : store.allSeries()) {
            series.put(s.id(), s);
        }
        StoreSnapshot snapshot = new StoreSnapshot(store, changed, Map.copyOf(series), maxVintages);
        snapshot.stable = store.lastChanged().equals(changed);
        return snapshot;
    }

    /** The store's last change this snapshot was read at. */
    public Optional<Instant> changed() {
        return changed;
    }

    /** Whether every read so far saw the state this snapshot names. */
    public boolean stable() {
        return stable;
    }

    /** Every series, by identifier. */
    public Map<String, Series> series() {
        return series;
    }

    /** The current values: each period's highest vintage, as {@link SeriesStore#currentObservations}. */
    public ObservationSource current() {
        return view(SeriesVintages::current);
    }

    /** The values known on {@code date}, as {@link SeriesStore#asOf}. */
    public ObservationSource asOf(LocalDate date) {
        return view(v -> v.asOf(date));
    }

    /**
     * Every stored vintage of one period of a series, oldest first, as {@link SeriesStore#vintages};
     * empty for an unknown series or period. With {@code this::vintages} the snapshot is a {@link
     * VintageSource} of the same state as its values.
     */
    public List<Observation> vintages(String seriesId, Period period) {
        return series.containsKey(seriesId) ? held(seriesId).vintages(period.code()) : List.of();
    }

    /**
     * Every stored vintage of a series, as {@link SeriesStore#allVintages}: by period, then oldest
     * first; empty for an unknown series.
     */
    public List<Observation> allVintages(String seriesId) {
        return series.containsKey(seriesId) ? held(seriesId).all() : List.of();
    }

    private ObservationSource view(Function<SeriesVintages, List<Observation>> values) {
        return new ObservationSource() {
            @Override
            public Optional<Series> series(String id) {
                return Optional.ofNullable(series.get(id));
            }

            @Override
            public List<Observation> currentObservations(String seriesId) {
                return series.containsKey(seriesId) ? values.apply(held(seriesId)) : List.of();
            }
        };
    }

    private SeriesVintages held(String seriesId) {
        SeriesVintages hit = kept(seriesId);
        if (hit != null) {
            return hit;
        }
        synchronized (loading.computeIfAbsent(seriesId, id -> new Object())) { // one read per series at a time
            hit = kept(seriesId);
            if (hit != null) {
                return hit;
            }
            SeriesVintages read = new SeriesVintages(store.allVintages(seriesId));
            if (stable && !store.lastChanged().equals(changed)) {
                stable = false;
            }
            if (stable) {
                keep(seriesId, read);
            }
            return read;
        }
    }

    private SeriesVintages kept(String seriesId) {
        synchronized (kept) {
            return kept.get(seriesId);
        }
    }

    private void keep(String seriesId, SeriesVintages read) {
        synchronized (kept) {
            SeriesVintages before = kept.put(seriesId, read);
            keptVintages += read.size() - (before == null ? 0 : before.size());
            var eldest = kept.entrySet().iterator();
            while (keptVintages > maxVintages && kept.size() > 1) {
                Map.Entry<String, SeriesVintages> e = eldest.next();
                if (!e.getKey().equals(seriesId)) {
                    keptVintages -= e.getValue().size();
                    eldest.remove();
                }
            }
        }
    }
}
