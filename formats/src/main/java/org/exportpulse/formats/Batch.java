package org.exportpulse.formats;

import java.util.List;
import org.exportpulse.core.series.Series;

/**
 * Everything one ingest read and validated: series definitions to create or update and the
 * observations to add. A batch is stored whole or not at all.
 */
public record Batch(List<Series> series, List<IncomingObservation> observations) {

    public Batch {
        series = List.copyOf(series);
        observations = List.copyOf(observations);
    }
}
