package org.exportpulse.core.derive;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.exportpulse.core.series.Derivation;
import org.exportpulse.core.series.Frequency;
import org.exportpulse.core.series.NotFoundException;
import org.exportpulse.core.series.Observation;
import org.exportpulse.core.series.ObservationSource;
import org.exportpulse.core.series.Series;
import org.exportpulse.core.time.CalendarMonth;
import org.exportpulse.core.time.Period;

/**
 * Reconciles a monthly series with its publisher's totals and with a reference of derived months.
 * Rounding: a value published to whole units is ±0.5, to one decimal ±0.05 and so on; values
 * disagree when they differ by more than the sum of those half-units over every value involved.
 */
public final class Reconciler {

    private final ObservationSource source;

    private Reconciler(ObservationSource source) {
        this.source = source;
    }

    /** Reconciles what {@code source} holds (published values; derived months are computed here). */
    public static Reconciler of(ObservationSource source) {
        return new Reconciler(source);
    }

    /**
     * @param reference reference months; rows of other series are ignored
     * @throws NotFoundException for an unknown series
     * @throws IllegalArgumentException for a series that is not monthly
     */
    public Reconciliation reconcile(String seriesId, List<ReferenceValue> reference) {
        Series series = source.series(seriesId).orElseThrow(() -> NotFoundException.series(seriesId));
        if (series.frequency() != Frequency.MONTH) {
            throw new IllegalArgumentException("reconciliation needs a monthly series; " + seriesId + " has frequency "
                    + series.frequency().code());
        }
        DerivedMonthsSource derived = DerivedMonthsSource.over(source);
        CompanionValues values = derived.companions(series, source.currentObservations(seriesId));
        List<Reconciliation.TotalMismatch> totals = new ArrayList<>();
        int checked = checkTotals(values, values.fytdId, values.fytdValues(), totals)
                + checkTotals(values, values.fyId, values.fiscalYearValues(), totals);
        List<Reconciliation.MonthMismatch> months = checkMonths(values);
        List<Reconciliation.ReferenceMismatch> refs = checkReference(seriesId, derived, reference);
        return new Reconciliation(seriesId, checked, totals, months, refs);
    }

    private static int checkTotals(
            CompanionValues values,
            String totalId,
            Iterable<Observation> totals,
            List<Reconciliation.TotalMismatch> out) {
        int checked = 0;
        for (Observation total : totals) {
            BigDecimal sum = BigDecimal.ZERO;
            BigDecimal tolerance = halfUnit(total.value());
            boolean complete = true;
            for (YearMonth m : total.period().months()) {
                Optional<Observation> month = values.month(m);
                if (month.isEmpty()) {
                    complete = false;
                    break;
                }
                sum = sum.add(month.get().value());
                tolerance = tolerance.add(halfUnit(month.get().value()));
            }
            if (!complete) {
                continue;
            }
            checked++;
            BigDecimal difference = total.value().subtract(sum);
            if (difference.abs().compareTo(tolerance) > 0) {
                out.add(new Reconciliation.TotalMismatch(
                        totalId, total.period(), total.vintage(), total.value(), sum, difference, tolerance));
            }
        }
        out.sort((a, b) -> Period.ORDER.compare(a.span(), b.span()));
        return checked;
    }

    private static List<Reconciliation.MonthMismatch> checkMonths(CompanionValues values) {
        MonthDeriver deriver = new MonthDeriver(values);
        List<Reconciliation.MonthMismatch> out = new ArrayList<>();
        for (YearMonth month : deriver.monthsCovered().stream().sorted().toList()) {
            List<Observation> all = new ArrayList<>();
            values.month(month).ifPresent(all::add);
            all.addAll(deriver.candidates(month));
            disagreement(all).ifPresent(tolerance -> out.add(new Reconciliation.MonthMismatch(month, all, tolerance)));
        }
        return out;
    }

    private static List<Reconciliation.ReferenceMismatch> checkReference(
            String seriesId, DerivedMonthsSource derived, List<ReferenceValue> reference) {
        List<Observation> engine = derived.currentObservations(seriesId);
        List<Reconciliation.ReferenceMismatch> out = new ArrayList<>();
        for (ReferenceValue ref : reference) {
            if (!ref.seriesId().equals(seriesId)) {
                continue;
            }
            Observation mine = engine.stream()
                    .filter(o -> o.period().equals(CalendarMonth.of(ref.month())))
                    .findFirst()
                    .orElse(null);
            if (mine == null || mine.value().compareTo(ref.value()) != 0) {
                out.add(new Reconciliation.ReferenceMismatch(ref, mine));
            }
        }
        return out;
    }

    /** The rounding allowed to the first pair of values that differ beyond it, or empty when all agree. */
    private static Optional<BigDecimal> disagreement(List<Observation> values) {
        for (int i = 0; i < values.size(); i++) {
            for (int j = i + 1; j < values.size(); j++) {
                BigDecimal tolerance = rounding(values.get(i)).add(rounding(values.get(j)));
                if (values.get(i).value().subtract(values.get(j).value()).abs().compareTo(tolerance) > 0) {
                    return Optional.of(tolerance);
                }
            }
        }
        return Optional.empty();
    }

    /** The rounding a value carries: its own half-unit if published, its inputs' if derived. */
    private static BigDecimal rounding(Observation o) {
        Derivation d = o.derivation();
        if (d == null) {
            return halfUnit(o.value());
        }
        return d.inputs().stream().map(t -> halfUnit(t.value())).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Half a unit of the last published digit: 0.5 for 437, 0.0005 for 1438.827. */
    static BigDecimal halfUnit(BigDecimal value) {
        return BigDecimal.valueOf(5, Math.max(value.scale(), 0) + 1);
    }
}
