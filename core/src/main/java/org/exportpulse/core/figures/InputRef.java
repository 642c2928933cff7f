package org.exportpulse.core.figures;

import java.time.LocalDate;
import java.util.List;
import org.exportpulse.core.series.Derivation;
import org.exportpulse.core.series.Observation;
import org.exportpulse.core.series.ObservationStatus;
import org.exportpulse.core.time.Period;

/**
 * One value a figure was computed from: where to trace it.
 *
 * @param publicBy the date by which that vintage was public; {@code null} when unknown
 * @param derivation for a derived month, how it was computed; {@code null} for published values
 */
public record InputRef(
        String seriesId,
        Period period,
        int vintage,
        ObservationStatus status,
        LocalDate publicBy,
        List<String> sources,
        Derivation derivation) {

    public InputRef {
        sources = List.copyOf(sources);
    }

    static InputRef of(String seriesId, Observation o) {
        return new InputRef(seriesId, o.period(), o.vintage(), o.status(), o.publicBy(), o.sources(), o.derivation());
    }
}
