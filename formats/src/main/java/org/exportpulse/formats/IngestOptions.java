package org.exportpulse.formats;

import java.time.LocalDate;
import java.util.Set;

/**
 * How to read the files of one ingest.
 *
 * @param format the format of every file, or {@code null} to detect each
 * @param source the source for rows that name none, or {@code null}
 * @param released the public-by date for rows that give none (basis {@code source}), or {@code null}
 *     (the store then uses the ingest date, basis {@code ingested})
 * @param seriesId the series that SBP EasyData rows go to, or {@code null} to find the series whose
 *     definition names the row's series key
 * @param aggregateEconomies World Bank codes of aggregates (World, regions, income groups), upper
 *     case, which WDI files mark as such
 */
public record IngestOptions(
        FileFormat format, String source, LocalDate released, String seriesId, Set<String> aggregateEconomies) {

    public IngestOptions {
        aggregateEconomies = Set.copyOf(aggregateEconomies);
    }

    /** Detect formats; no defaults; no aggregates known. */
    public static IngestOptions defaults() {
        return new IngestOptions(null, null, null, null, Set.of());
    }
}
