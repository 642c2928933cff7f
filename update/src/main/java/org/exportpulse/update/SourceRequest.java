package org.exportpulse.update;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.exportpulse.core.series.Series;

/**
 * What a source is asked for.
 *
 * @param stored every series in the store (a source updates those it knows and may add new ones)
 * @param since the first day of interest, or {@code null} for all a service gives
 * @param now the time of the update; values whose answer gives no release date get its day, basis
 *     {@code fetched}
 */
public record SourceRequest(List<Series> stored, LocalDate since, Instant now) {

    public SourceRequest {
        stored = List.copyOf(stored);
    }
}
