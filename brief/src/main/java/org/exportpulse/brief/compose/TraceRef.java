package org.exportpulse.brief.compose;

import java.time.LocalDate;
import org.exportpulse.core.figures.InputRef;
import org.exportpulse.core.series.Observation;

/**
 * Where one stored value behind a number of the brief comes from.
 *
 * @param period the value's period, canonical ({@code 2025-12}, {@code FY2025}, {@code 2024})
 * @param publicBy the date by which that vintage was public; {@code null} when unknown
 * @param source the first source URL; empty when the value has none
 */
public record TraceRef(
        String seriesId, String period, int vintage, LocalDate publicBy, String status, String value, String source) {

    static TraceRef of(InputRef r, java.math.BigDecimal value) {
        return new TraceRef(
                r.seriesId(),
                r.period().code(),
                r.vintage(),
                r.publicBy(),
                r.status().code(),
                value == null ? "" : value.toPlainString(),
                r.sources().isEmpty() ? "" : r.sources().get(0));
    }

    static TraceRef of(String seriesId, Observation o) {
        return new TraceRef(
                seriesId,
                o.period().code(),
                o.vintage(),
                o.publicBy(),
                o.status().code(),
                o.value().toPlainString(),
                o.sources().isEmpty() ? "" : o.sources().get(0));
    }
}
