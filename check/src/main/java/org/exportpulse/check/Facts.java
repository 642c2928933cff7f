package org.exportpulse.check;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.exportpulse.core.series.Denominator;
import org.exportpulse.core.series.Observation;
import org.exportpulse.core.series.ObservationSource;
import org.exportpulse.core.series.PublicByBasis;
import org.exportpulse.core.series.Series;
import org.exportpulse.core.series.SeriesId;
import org.exportpulse.core.series.VintageSource;
import org.exportpulse.core.time.CalendarMonth;
import org.exportpulse.core.time.FiscalCalendar;
import org.exportpulse.core.time.FiscalYear;
import org.exportpulse.core.time.MonthSpan;
import org.exportpulse.core.time.Period;

/**
 * The values a claim can be checked against, by series family and period: a month from the
 * monthly series; a fiscal year from the {@code .fy} companion, the publisher's cumulative figure
 * through June or the sum of its months; a span from the {@code .fytd} companion or the sum of its
 * months. Each series and its values are read once and kept.
 */
final class Facts {

    /**
     * A value and what it was computed from.
     *
     * @param how {@code published}, {@code derived}, {@code published cumulative}, {@code sum of
     *     6 months}
     * @param seriesId the series of a value read as one observation; {@code null} for a sum
     */
    record Fact(BigDecimal value, List<Observation> inputs, String how, String seriesId) {

        Fact(BigDecimal value, List<Observation> inputs, String how) {
            this(value, inputs, how, null);
        }

        /** How far the value may be off by its inputs' published rounding ({@link Precision}), summed over them. */
        BigDecimal halfWidth() {
            BigDecimal half = BigDecimal.ZERO;
            for (Observation o : inputs) {
                half = half.add(Precision.halfUnit(o.value()));
            }
            return half;
        }
    }

    static final String FISCAL_YEAR_SUFFIX = ".fy";

    private final ObservationSource source;
    private final VintageSource vintages;
    private final Map<String, List<Observation>> bySeries = new ConcurrentHashMap<>();
    private final Map<String, Optional<Series>> seriesById = new ConcurrentHashMap<>();
    private final Map<String, Map<String, Observation>> byPeriod = new ConcurrentHashMap<>();
    private final Map<String, List<Observation>> vintagesByKey = new ConcurrentHashMap<>();

    Facts(ObservationSource source, VintageSource vintages) {
        this.source = source;
        this.vintages = vintages;
    }

    /** Candidate values, the most authoritative first; empty when the data has none. */
    List<Fact> values(String family, Period period) {
        if (family.contains("+")) {
            return sum(family, period);
        }
        List<Fact> facts = new ArrayList<>();
        if (period instanceof CalendarMonth m) {
            observation(family, m).ifPresent(o -> facts.add(fact(o, family)));
            return facts;
        }
        if (period instanceof FiscalYear) {
            observation(family + FISCAL_YEAR_SUFFIX, period)
                    .ifPresent(o -> facts.add(fact(o, family + FISCAL_YEAR_SUFFIX)));
        }
        if (period instanceof FiscalYear || period instanceof MonthSpan) {
            String fytd = SeriesId.fytdCompanion(family);
            observation(fytd, period)
                    .ifPresent(o -> facts.add(new Fact(o.value(), List.of(o), "published cumulative", fytd)));
        }
        sumOfMonths(family, period).ifPresent(facts::add);
        return facts;
    }

    Optional<Fact> value(String family, Period period) {
        return values(family, period).stream().findFirst();
    }

    /** Every month of the family's monthly series with a value, oldest first. */
    List<Observation> months(String family) {
        return observations(family).stream()
                .filter(o -> o.period() instanceof CalendarMonth)
                .toList();
    }

    /** Earlier vintages of a series' period, oldest first, without the current one; none for a {@code null} series. */
    List<Observation> earlierVintages(String seriesId, Period period) {
        if (seriesId == null) {
            return List.of();
        }
        List<Observation> all = allVintages(seriesId, period);
        return all.isEmpty() ? all : all.subList(0, all.size() - 1);
    }

    /**
     * Earlier vintages that may still have been the latest release on {@code date}: no later
     * vintage was public by then. {@code public_by} is an upper bound on a release date, so a later
     * vintage rules an earlier one out unless a dated source first reports it after {@code date}
     * (basis {@code source} or {@code revised_by}); a compile, ingest or fetch date says nothing
     * of when the revision was released. Oldest first; none when {@code date} is {@code null}.
     */
    List<Observation> vintagesCurrentOn(String seriesId, Period period, LocalDate date) {
        if (date == null || seriesId == null) {
            return List.of();
        }
        List<Observation> all = allVintages(seriesId, period);
        int first = all.size() - 1; // vintages after `first` are all known to be later than the date
        while (first > 0 && knownLaterThan(all.get(first), date)) {
            first--;
        }
        return first < 0 ? List.of() : all.subList(first, all.size() - 1);
    }

    /** Every vintage of a series' period, oldest first, read once and kept. */
    private List<Observation> allVintages(String seriesId, Period period) {
        return vintagesByKey.computeIfAbsent(seriesId + "@" + key(period), k -> vintages.vintages(seriesId, period));
    }

    /** Whether {@code o} is known to have been published only after {@code date}. */
    private static boolean knownLaterThan(Observation o, LocalDate date) {
        boolean dated = o.publicByBasis() == PublicByBasis.SOURCE || o.publicByBasis() == PublicByBasis.REVISED_BY;
        return dated && o.publicBy() != null && o.publicBy().isAfter(date);
    }

    /** The title of the family's main series, or the family id when unknown. */
    String title(String family) {
        return series(family).map(Series::title).orElse(family);
    }

    Optional<Series> series(String family) {
        return seriesById.computeIfAbsent(family, f -> {
            Optional<Series> s = source.series(f);
            return s.isPresent() ? s : source.series(f + FISCAL_YEAR_SUFFIX);
        });
    }

    /** The denominators listed for the family, as families. */
    List<Denominator> shareOf(String family) {
        return series(family).map(Series::shareOf).orElse(List.of()).stream()
                .map(d -> new Denominator(
                        d.seriesIds().stream().map(Facts::familyOf).toList()))
                .distinct()
                .toList();
    }

    FiscalCalendar calendar(String family) {
        return series(family.split("\\+")[0]).map(Series::calendar).orElse(FiscalCalendar.JULY_TO_JUNE);
    }

    /** The family of a series id: the id without a {@code .fy} or {@code .fytd} suffix. */
    static String familyOf(String seriesId) {
        if (seriesId.endsWith(SeriesId.FYTD_SUFFIX)) {
            return seriesId.substring(0, seriesId.length() - SeriesId.FYTD_SUFFIX.length());
        }
        if (seriesId.endsWith(FISCAL_YEAR_SUFFIX)) {
            return seriesId.substring(0, seriesId.length() - FISCAL_YEAR_SUFFIX.length());
        }
        return seriesId;
    }

    private List<Fact> sum(String families, Period period) {
        BigDecimal total = BigDecimal.ZERO;
        List<Observation> inputs = new ArrayList<>();
        for (String part : families.split("\\+")) {
            Optional<Fact> f = value(part.strip(), period);
            if (f.isEmpty()) {
                return List.of();
            }
            total = total.add(f.get().value());
            inputs.addAll(f.get().inputs());
        }
        return List.of(new Fact(total, inputs, "sum of " + families.replace("+", " and ")));
    }

    private Optional<Fact> sumOfMonths(String family, Period period) {
        BigDecimal total = BigDecimal.ZERO;
        List<Observation> inputs = new ArrayList<>();
        for (YearMonth m : period.months()) {
            Optional<Observation> o = observation(family, CalendarMonth.of(m));
            if (o.isEmpty()) {
                return Optional.empty();
            }
            total = total.add(o.get().value());
            inputs.add(o.get());
        }
        return Optional.of(new Fact(total, inputs, "sum of " + inputs.size() + " months"));
    }

    private static Fact fact(Observation o, String seriesId) {
        return new Fact(o.value(), List.of(o), o.isDerived() ? "derived" : "published", seriesId);
    }

    private Optional<Observation> observation(String seriesId, Period period) {
        Map<String, Observation> all = byPeriod.computeIfAbsent(seriesId, this::load);
        return Optional.ofNullable(all.get(key(period)));
    }

    private Map<String, Observation> load(String seriesId) {
        Map<String, Observation> map = new HashMap<>();
        for (Observation o : observations(seriesId)) {
            map.put(key(o.period()), o);
        }
        return map;
    }

    private List<Observation> observations(String seriesId) {
        return bySeries.computeIfAbsent(seriesId, source::currentObservations);
    }

    private static String key(Period p) {
        return p.first() + "/" + p.last();
    }
}
