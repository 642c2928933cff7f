package org.exportpulse.core.series;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.exportpulse.core.time.Period;

/**
 * One published (or derived) value of a series for a period, as of one release.
 *
 * @param value in the series' unit, with the digits the publisher used ({@code 1438.827}, {@code
 *     2108})
 * @param vintage 1 for the earliest known release of this period's value; the highest vintage is
 *     the current value
 * @param publicBy a date by which this vintage had been published (an upper bound on its release
 *     date); {@code null} when unknown
 * @param sources where the value was read, most authoritative first; may be empty
 * @param note free remarks; empty when none
 * @param derivation how the value was computed when its status is {@code derived}; {@code null}
 *     for published values
 */
public record Observation(
        Period period,
        BigDecimal value,
        ObservationStatus status,
        int vintage,
        LocalDate publicBy,
        PublicByBasis publicByBasis,
        List<String> sources,
        String note,
        Derivation derivation) {

    /**
     * @throws IllegalArgumentException when {@code vintage} is below 1
     */
    public Observation {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(status, "status");
        if (vintage < 1) {
            throw new IllegalArgumentException("vintage " + vintage + " is not valid (expected 1 or more)");
        }
        sources = List.copyOf(sources);
        note = note == null ? "" : note;
        if ((status == ObservationStatus.DERIVED) != (derivation != null)) {
            throw new IllegalArgumentException(
                    "a derived value needs its derivation, and only a derived value has one");
        }
    }

    /** A published value (no derivation). */
    public Observation(
            Period period,
            BigDecimal value,
            ObservationStatus status,
            int vintage,
            LocalDate publicBy,
            PublicByBasis publicByBasis,
            List<String> sources,
            String note) {
        this(period, value, status, vintage, publicBy, publicByBasis, sources, note, null);
    }

    /** Whether the value was computed from others rather than published. */
    public boolean isDerived() {
        return derivation != null;
    }
}
