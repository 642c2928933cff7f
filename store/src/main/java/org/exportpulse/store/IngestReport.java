package org.exportpulse.store;

/**
 * What an ingest changed.
 *
 * @param seriesCreated series that did not exist before
 * @param seriesUpdated series whose metadata changed
 * @param observationsAdded new vintages stored
 * @param observationsUnchanged rows that matched what was stored and added nothing
 */
public record IngestReport(int seriesCreated, int seriesUpdated, int observationsAdded, int observationsUnchanged) {}
