package org.exportpulse.core.release;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.exportpulse.core.series.Observation;
import org.exportpulse.core.series.ObservationSource;
import org.exportpulse.core.series.PublicByBasis;
import org.exportpulse.core.time.CalendarMonth;

/**
 * Judges each series with a release pattern: its latest month, when it was last updated, which
 * release comes next and when, and which expected releases are missing.
 */
public final class FreshnessKernel {

    private final ObservationSource source;
    private final List<ReleasePattern> patterns;

    private FreshnessKernel(ObservationSource source, List<ReleasePattern> patterns) {
        this.source = Objects.requireNonNull(source, "source");
        this.patterns = List.copyOf(patterns);
    }

    /** @param patterns the release calendar, one pattern per series */
    public static FreshnessKernel of(ObservationSource source, List<ReleasePattern> patterns) {
        return new FreshnessKernel(source, patterns);
    }

    /** Every series of the calendar on {@code today}, in the calendar's order. */
    public List<Freshness> compute(LocalDate today) {
        return patterns.stream().map(p -> judge(p, today)).toList();
    }

    /** {@code seriesId} on {@code today}; empty when the calendar has no pattern for it. */
    public Optional<Freshness> compute(String seriesId, LocalDate today) {
        return patterns.stream()
                .filter(p -> p.seriesId().equals(seriesId))
                .findFirst()
                .map(p -> judge(p, today));
    }

    private Freshness judge(ReleasePattern p, LocalDate today) {
        YearMonth latest = null;
        LocalDate updated = null;
        PublicByBasis basis = null;
        for (Observation o : source.currentObservations(p.seriesId())) {
            if (o.period() instanceof CalendarMonth) {
                YearMonth m = o.period().first();
                latest = latest == null || m.isAfter(latest) ? m : latest;
            }
            if (o.publicBy() != null && (updated == null || o.publicBy().isAfter(updated))) {
                updated = o.publicBy();
                basis = o.publicByBasis();
            }
        }
        List<YearMonth> overdue = new ArrayList<>();
        YearMonth next = latest == null ? YearMonth.from(today).minusMonths(p.monthsAfter()) : latest.plusMonths(1);
        while (latest != null && p.expectedBy(next).isBefore(today)) {
            overdue.add(next);
            next = next.plusMonths(1);
        }
        return new Freshness(p, today, latest, updated, basis, next, p.expectedFrom(next), p.expectedBy(next), overdue);
    }
}
