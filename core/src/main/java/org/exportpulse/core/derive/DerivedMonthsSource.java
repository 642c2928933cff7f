package org.exportpulse.core.derive;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.exportpulse.core.series.Frequency;
import org.exportpulse.core.series.Observation;
import org.exportpulse.core.series.ObservationSource;
import org.exportpulse.core.series.Series;
import org.exportpulse.core.series.SeriesId;
import org.exportpulse.core.time.CalendarMonth;
import org.exportpulse.core.time.Period;

/**
 * An {@link ObservationSource} whose monthly series also carry derived months: where no value was
 * published, the first rule of {@link MonthDeriver} that applies gives one, with status {@code
 * derived} and its {@link org.exportpulse.core.series.Derivation}. A published value always wins.
 * Derivations are computed from whatever the wrapped source holds, so they follow revisions and
 * as-of dates and are never stale.
 */
public final class DerivedMonthsSource implements ObservationSource {

    private final ObservationSource published;

    private DerivedMonthsSource(ObservationSource published) {
        this.published = published;
    }

    public static DerivedMonthsSource over(ObservationSource published) {
        return new DerivedMonthsSource(published);
    }

    @Override
    public Optional<Series> series(String id) {
        return published.series(id);
    }

    @Override
    public List<Observation> currentObservations(String seriesId) {
        List<Observation> values = published.currentObservations(seriesId);
        Optional<Series> series = published.series(seriesId);
        if (series.isEmpty() || series.get().frequency() != Frequency.MONTH) {
            return values;
        }
        MonthDeriver deriver = new MonthDeriver(companions(series.get(), values));
        List<Observation> all = new ArrayList<>(values);
        for (YearMonth month : deriver.monthsCovered()) {
            boolean publishedMonth = values.stream().anyMatch(o -> o.period().equals(CalendarMonth.of(month)));
            if (!publishedMonth) {
                deriver.candidates(month).stream().findFirst().ifPresent(all::add);
            }
        }
        all.sort((a, b) -> Period.ORDER.compare(a.period(), b.period()));
        return all;
    }

    /** Every rule's value for each month of the series that some rule covers, for reconciliation. */
    public List<List<Observation>> allCandidates(String seriesId) {
        Series series = published.series(seriesId).orElseThrow();
        MonthDeriver deriver = new MonthDeriver(companions(series, published.currentObservations(seriesId)));
        return deriver.monthsCovered().stream()
                .sorted()
                .map(deriver::candidates)
                .filter(c -> !c.isEmpty())
                .toList();
    }

    CompanionValues companions(Series series, List<Observation> values) {
        String fytdId = SeriesId.fytdCompanion(series.id());
        String fyId = SeriesId.fiscalYearCompanion(series.id());
        return new CompanionValues(
                series,
                values,
                fytdId,
                published.currentObservations(fytdId),
                fyId,
                published.currentObservations(fyId));
    }
}
