package org.exportpulse.store;

import java.math.BigDecimal;
import java.time.Instant;
import org.exportpulse.core.series.Observation;

/**
 * A stored vintage as news: what was published, for which series, and what it revised.
 *
 * @param previous the value of the vintage before it, or {@code null} for a period's first value
 * @param storedAt when the ingest that stored it ran
 */
public record PublishedVintage(String seriesId, Observation observation, BigDecimal previous, Instant storedAt) {

    /** Whether it revises an earlier value of its period. */
    public boolean isRevision() {
        return observation.vintage() > 1;
    }
}
