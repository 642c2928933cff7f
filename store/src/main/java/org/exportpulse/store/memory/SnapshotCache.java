package org.exportpulse.store.memory;

import java.time.Instant;
import java.util.Optional;
import org.exportpulse.store.SeriesStore;

/**
 * The latest stable {@link StoreSnapshot} of a store: answers over the same state share it, and a
 * change of the store (through this process or any other sharing the database) makes the next
 * request read a new one. Thread-safe.
 */
public final class SnapshotCache {

    /** Vintages a server keeps in memory by default (each a value with its period, dates, sources and note). */
    public static final int DEFAULT_MAX_VINTAGES = 500_000;

    private final SeriesStore store;
    private final int maxVintages;
    private volatile StoreSnapshot latest;

    /**
     * @param maxVintages vintages one snapshot keeps in memory across series (at least 1)
     * @throws IllegalArgumentException when {@code maxVintages} is below 1
     */
    public SnapshotCache(SeriesStore store, int maxVintages) {
        if (maxVintages < 1) {
            throw new IllegalArgumentException("maxVintages " + maxVintages + " is not valid (expected 1 or more)");
        }
        this.store = store;
        this.maxVintages = maxVintages;
    }

    /**
     * The snapshot of the state named {@code changed}, the store's last change as the caller read it:
     * the kept one when it names the same state, else a new one (kept when stable).
     */
    public StoreSnapshot at(Optional<Instant> changed) {
        StoreSnapshot kept = latest;
        if (names(kept, changed)) {
            return kept;
        }
        synchronized (this) { // requests arriving together after a change read the new state once
            kept = latest;
            if (names(kept, changed)) {
                return kept;
            }
            StoreSnapshot fresh = StoreSnapshot.read(store, changed, maxVintages);
            if (fresh.stable()) {
                latest = fresh;
            }
            return fresh;
        }
    }

    private static boolean names(StoreSnapshot snapshot, Optional<Instant> changed) {
        return snapshot != null && snapshot.changed().equals(changed) && snapshot.stable();
    }

    /** The snapshot of the store's state now (one query for its last change). */
    public StoreSnapshot now() {
        return at(store.lastChanged());
    }
}
