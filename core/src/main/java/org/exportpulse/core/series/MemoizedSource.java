package org.exportpulse.core.series;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An {@link ObservationSource} that asks the one it wraps once per series and hands back the same
 * (unmodifiable) answer after that: for a source that does not change while it is used, such as
 * one state of the store with derived months computed over it. Thread-safe; it keeps every series
 * asked for, so it is meant to live as long as that state.
 */
public final class MemoizedSource implements ObservationSource {

    private final ObservationSource source;
    private final Map<String, Optional<Series>> series = new ConcurrentHashMap<>();
    private final Map<String, List<Observation>> observations = new ConcurrentHashMap<>();

    private MemoizedSource(ObservationSource source) {
        this.source = source;
    }

    /** Answers of {@code source}, each computed once. */
    public static MemoizedSource of(ObservationSource source) {
        return new MemoizedSource(source);
    }

    @Override
    public Optional<Series> series(String id) {
        Optional<Series> hit = series.get(id);
        if (hit == null) {
            hit = source.series(id);
            series.put(id, hit);
        }
        return hit;
    }

    @Override
    public List<Observation> currentObservations(String seriesId) {
        List<Observation> hit = observations.get(seriesId);
        if (hit == null) {
            hit = Collections.unmodifiableList(source.currentObservations(seriesId));
            observations.put(seriesId, hit);
        }
        return hit;
    }
}
