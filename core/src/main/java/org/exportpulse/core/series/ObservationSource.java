package org.exportpulse.core.series;

import java.util.List;
import java.util.Optional;

/**
 * Read access to series and their current observations, as kernels need it. Implemented by the
 * store; kernels never see how values are kept.
 */
public interface ObservationSource {

    /** The series' metadata, or empty when no series has this id. */
    Optional<Series> series(String id);

    /**
     * The current vintage of every period of the series, ordered by period (first month, then last
     * month). Empty when the series is unknown or has no values.
     */
    List<Observation> currentObservations(String seriesId);
}
