package org.exportpulse.server;

import io.javalin.http.Context;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.exportpulse.core.derive.DerivedMonthsSource;
import org.exportpulse.core.series.MemoizedSource;
import org.exportpulse.core.series.Observation;
import org.exportpulse.core.series.ObservationSource;
import org.exportpulse.core.series.VintageSource;
import org.exportpulse.store.SeriesStore;
import org.exportpulse.store.memory.SnapshotCache;
import org.exportpulse.store.memory.StoreSnapshot;

/**
 * The values a GET answer reads, with derived months: the state of the store the request saw
 * ({@link ResponseCache#LAST_CHANGED}), held in memory by a {@link SnapshotCache}, so that an
 * answer not asked before — another month, another as-of date — needs no query once its series
 * are held. The current values with their derived months are worked out once per state.
 */
final class StoreReads {

    private record Current(StoreSnapshot snapshot, ObservationSource values) {}

    private final SeriesStore store;
    private final SnapshotCache snapshots;
    private volatile Current current;

    StoreReads(SeriesStore store) {
        this(store, SnapshotCache.DEFAULT_MAX_VINTAGES);
    }

    StoreReads(SeriesStore store, int maxVintages) {
        this.store = store;
        this.snapshots = new SnapshotCache(store, maxVintages);
    }

    /** The current values, derived months added, of the state {@code ctx} saw. */
    ObservationSource current(Context ctx) {
        StoreSnapshot snapshot = snapshot(ctx);
        Current kept = current;
        if (kept != null && kept.snapshot() == snapshot) {
            return kept.values();
        }
        Current fresh = new Current(snapshot, MemoizedSource.of(DerivedMonthsSource.over(snapshot.current())));
        if (snapshot.stable()) {
            current = fresh;
        }
        return fresh.values();
    }

    /** The values known on {@code date}, derived months added, of the state {@code ctx} saw. */
    ObservationSource asOf(Context ctx, LocalDate date) {
        return MemoizedSource.of(DerivedMonthsSource.over(snapshot(ctx).asOf(date)));
    }

    /** The current values, or those known on {@code date} when it is not {@code null}. */
    ObservationSource of(Context ctx, LocalDate date) {
        return date == null ? current(ctx) : asOf(ctx, date);
    }

    /**
     * Every stored vintage of a period, from the same state as {@link #current}: what a check or
     * a brief says was revised agrees with the values it checks against.
     */
    VintageSource vintages(Context ctx) {
        return snapshot(ctx)::vintages;
    }

    /** Every stored vintage of a series in the state {@code ctx} saw, as the store's {@code allVintages}. */
    List<Observation> allVintages(Context ctx, String seriesId) {
        return snapshot(ctx).allVintages(seriesId);
    }

    private StoreSnapshot snapshot(Context ctx) {
        Optional<Instant> changed = ctx.attribute(ResponseCache.LAST_CHANGED);
        return snapshots.at(changed != null ? changed : store.lastChanged());
    }
}
