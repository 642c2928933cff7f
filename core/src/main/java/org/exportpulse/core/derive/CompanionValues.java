package org.exportpulse.core.derive;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.exportpulse.core.series.Observation;
import org.exportpulse.core.series.Series;
import org.exportpulse.core.time.CalendarMonth;
import org.exportpulse.core.time.FiscalYear;
import org.exportpulse.core.time.MonthSpan;

/**
 * A monthly series' published values with its companions: the publisher's fiscal-year-to-date
 * series ({@code .fytd}) and fiscal-year totals ({@code .fy}), current vintages.
 */
final class CompanionValues {

    final Series monthly;
    final String fytdId;
    final String fyId;
    private final Map<YearMonth, Observation> months = new HashMap<>();
    private final Map<MonthSpan, Observation> fytd = new HashMap<>();
    private final Map<Integer, Observation> fiscalYears = new HashMap<>();

    CompanionValues(
            Series monthly,
            List<Observation> published,
            String fytdId,
            List<Observation> fytd,
            String fyId,
            List<Observation> fy) {
        this.monthly = monthly;
        this.fytdId = fytdId;
        this.fyId = fyId;
        published.stream()
                .filter(o -> o.period() instanceof CalendarMonth && !o.isDerived())
                .forEach(o -> months.put(((CalendarMonth) o.period()).month(), o));
        fytd.stream()
                .filter(o -> o.period() instanceof MonthSpan)
                .forEach(o -> this.fytd.put((MonthSpan) o.period(), o));
        fy.stream()
                .filter(o -> o.period() instanceof FiscalYear)
                .forEach(o -> fiscalYears.put(((FiscalYear) o.period()).endYear(), o));
    }

    Optional<Observation> month(YearMonth month) {
        return Optional.ofNullable(months.get(month));
    }

    /** Published cumulative value from the fiscal-year start through {@code month}, with its series id. */
    Optional<Cumulative> throughMonth(YearMonth month) {
        FiscalYear year = monthly.calendar().fiscalYearOf(month);
        Observation span = fytd.get(MonthSpan.of(year.first(), month));
        if (span != null) {
            return Optional.of(new Cumulative(fytdId, span));
        }
        if (month.equals(year.last())) {
            return fiscalYear(year).map(o -> new Cumulative(fyId, o));
        }
        return Optional.empty();
    }

    Optional<Observation> fiscalYear(FiscalYear year) {
        return Optional.ofNullable(fiscalYears.get(year.endYear()));
    }

    Iterable<Observation> fytdValues() {
        return fytd.values();
    }

    Iterable<Observation> fiscalYearValues() {
        return fiscalYears.values();
    }

    /** A published cumulative value and the series it belongs to. */
    record Cumulative(String seriesId, Observation observation) {}
}
