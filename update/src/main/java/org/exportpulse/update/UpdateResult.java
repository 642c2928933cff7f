package org.exportpulse.update;

import java.util.List;
import org.exportpulse.store.IngestReport;

/**
 * What an update fetched and stored (or, for a dry run, would store).
 *
 * @param sources each source's answer, in the order asked
 * @param report the new values and revisions, with their vintages and release dates
 * @param dryRun whether nothing was stored
 */
public record UpdateResult(List<SourceResult> sources, IngestReport report, boolean dryRun) {

    public UpdateResult {
        sources = List.copyOf(sources);
    }
}
