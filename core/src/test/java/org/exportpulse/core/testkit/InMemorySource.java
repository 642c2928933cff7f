package org.exportpulse.core.testkit;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.exportpulse.core.series.Denominator;
import org.exportpulse.core.series.Frequency;
import org.exportpulse.core.series.Observation;
import org.exportpulse.core.series.ObservationSource;
import org.exportpulse.core.series.ObservationStatus;
import org.exportpulse.core.series.PublicByBasis;
import org.exportpulse.core.series.Series;
import org.exportpulse.core.series.SeriesKind;
import org.exportpulse.core.series.Unit;
import org.exportpulse.core.time.CalendarMonth;
import org.exportpulse.core.time.FiscalCalendar;
import org.exportpulse.core.time.Period;

/** An observation source held in memory, for kernel tests. */
public final class InMemorySource implements ObservationSource {

    private final Map<String, Series> series = new HashMap<>();
    private final Map<String, List<Observation>> observations = new HashMap<>();

    public InMemorySource monthly(String id, Unit unit, String shareOf) {
        return add(id, unit, Frequency.MONTH, shareOf);
    }

    public InMemorySource add(String id, Unit unit, Frequency frequency, String shareOf) {
        series.put(
                id,
                new Series(
                        id,
                        "Title of " + id,
                        unit,
                        frequency,
                        SeriesKind.FLOW,
                        FiscalCalendar.JULY_TO_JUNE,
                        "test",
                        "",
                        Denominator.parseList(shareOf)));
        observations.put(id, new ArrayList<>());
        return this;
    }

    /** A yearly series with the given title and definition (e.g. an aggregate's). */
    public InMemorySource yearly(String id, String title, String definition) {
        series.put(
                id,
                new Series(
                        id,
                        title,
                        Unit.parse("USD"),
                        Frequency.YEAR,
                        SeriesKind.FLOW,
                        FiscalCalendar.CALENDAR_YEAR,
                        "test",
                        definition,
                        List.of()));
        observations.put(id, new ArrayList<>());
        return this;
    }

    /** Consecutive monthly values from {@code first}; a {@code null} leaves the month missing. */
    public InMemorySource values(String id, String first, Integer... values) {
        YearMonth month = YearMonth.parse(first);
        for (Integer v : values) {
            if (v != null) {
                value(id, CalendarMonth.of(month), v.toString());
            }
            month = month.plusMonths(1);
        }
        return this;
    }

    public InMemorySource value(String id, Period period, String value) {
        observations
                .get(id)
                .add(new Observation(
                        period,
                        new BigDecimal(value),
                        ObservationStatus.NORMAL,
                        1,
                        null,
                        PublicByBasis.COMPILED,
                        List.of("https://example.org/" + id + "/" + period.code()),
                        ""));
        observations.get(id).sort((a, b) -> Period.ORDER.compare(a.period(), b.period()));
        return this;
    }

    /** Adds a series as given, without values. */
    public InMemorySource add(Series given) {
        series.put(given.id(), given);
        observations.put(given.id(), new ArrayList<>());
        return this;
    }

    /** Adds an observation as given to a series added before. */
    public InMemorySource add(String id, Observation given) {
        observations.get(id).add(given);
        observations.get(id).sort((a, b) -> Period.ORDER.compare(a.period(), b.period()));
        return this;
    }

    @Override
    public Optional<Series> series(String id) {
        return Optional.ofNullable(series.get(id));
    }

    @Override
    public List<Observation> currentObservations(String seriesId) {
        return List.copyOf(observations.getOrDefault(seriesId, List.of()));
    }
}
