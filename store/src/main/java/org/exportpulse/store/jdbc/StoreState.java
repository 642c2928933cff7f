package org.exportpulse.store.jdbc;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.exportpulse.store.IngestReport;
import org.jdbi.v3.core.Handle;

/**
 * The store's one-row state: writers lock it first, so ingests take turns (no two compute the same
 * next vintage), and each ingest that changed something moves {@code changed_at} forward in commit
 * order.
 */
final class StoreState {

    private StoreState() {}

    /** Locks the row until the transaction ends; returns the last change, or {@code null} for none. */
    static Instant lock(Handle h) {
        OffsetDateTime changed = h.createQuery("SELECT changed_at FROM store_state WHERE id = 1 FOR UPDATE")
                .mapTo(OffsetDateTime.class)
                .findOne()
                .orElse(null);
        return changed == null ? null : changed.toInstant();
    }

    /**
     * Records the change an ingest made, if it made one: its time, or one second after the previous
     * change when that is not earlier (whole seconds, as {@code Last-Modified} has them), so that
     * every commit that changes the store shows as a later change.
     */
    static void changed(Handle h, IngestReport report, Instant previous, Instant at) {
        if (report.seriesCreated() + report.seriesUpdated() + report.observationsAdded() == 0) {
            return;
        }
        Instant next = at.truncatedTo(ChronoUnit.SECONDS);
        if (previous != null && !next.isAfter(previous)) {
            next = previous.truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
        }
        h.createUpdate("UPDATE store_state SET changed_at = ? WHERE id = 1")
                .bind(0, next.atOffset(ZoneOffset.UTC))
                .execute();
    }
}
