package org.exportpulse.store;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.exportpulse.core.series.PublicByBasis;
import org.exportpulse.core.time.Period;

/**
 * One vintage an ingest stored.
 *
 * @param value in the series' unit
 * @param previous the value of the vintage it follows, or {@code null} for a period new to the store
 * @param publicBy the public-by date stored with it (the ingest date when the input gave none)
 */
public record AddedVintage(
        String seriesId,
        Period period,
        int vintage,
        BigDecimal value,
        BigDecimal previous,
        LocalDate publicBy,
        PublicByBasis publicByBasis) {

    /** Whether it revises a value already stored for its period. */
    public boolean isRevision() {
        return previous != null;
    }
}
