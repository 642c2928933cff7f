package org.exportpulse.store;

import java.util.List;

/**
 * What an ingest changed.
 *
 * @param seriesCreated series that did not exist before
 * @param seriesUpdated series whose metadata changed
 * @param observationsAdded new vintages stored
 * @param observationsUnchanged rows that matched what was stored and added nothing
 * @param added every vintage stored, in the batch's order ({@code observationsAdded} of them); of
 *     a streamed ingest, only the first 10,000
 */
public record IngestReport(
        int seriesCreated,
        int seriesUpdated,
        int observationsAdded,
        int observationsUnchanged,
        List<AddedVintage> added) {

    public IngestReport {
        added = List.copyOf(added);
    }

    /** The vintages that are revisions of a stored value (the others are new periods). */
    public List<AddedVintage> revisions() {
        return added.stream().filter(AddedVintage::isRevision).toList();
    }
}
