package org.exportpulse.formats;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.exportpulse.core.series.ObservationStatus;
import org.exportpulse.core.series.PublicByBasis;
import org.exportpulse.core.time.Period;

/**
 * A value read from a file, validated, in its series' unit, not yet given a vintage by the store.
 *
 * @param vintage the vintage the file states, or {@code null} when the file has no vintage column
 * @param publicBy the file's public-by date, or {@code null} when it gives none
 * @param publicByBasis the basis of {@code publicBy}, or {@code null} when it gives no date
 * @param file where it was read, for messages
 * @param line 1-based line it was read from
 */
public record IncomingObservation(
        String seriesId,
        Period period,
        BigDecimal value,
        ObservationStatus status,
        Integer vintage,
        LocalDate publicBy,
        PublicByBasis publicByBasis,
        List<String> sources,
        String note,
        String file,
        long line) {

    public IncomingObservation {
        sources = List.copyOf(sources);
        note = note == null ? "" : note;
    }

    /** {@code file:line}, for messages. */
    public String location() {
        return file + ":" + line;
    }
}
