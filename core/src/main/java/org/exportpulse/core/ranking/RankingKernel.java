package org.exportpulse.core.ranking;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.exportpulse.core.forecast.Forecaster;
import org.exportpulse.core.forecast.SeriesForecast;
import org.exportpulse.core.ranking.ExportRanking.Crossover;
import org.exportpulse.core.ranking.ExportRanking.Outcome;
import org.exportpulse.core.ranking.ExportRanking.PathYear;
import org.exportpulse.core.ranking.ExportRanking.Row;
import org.exportpulse.core.series.MonthRuns;
import org.exportpulse.core.series.NotFoundException;
import org.exportpulse.core.series.Observation;
import org.exportpulse.core.series.ObservationSource;
import org.exportpulse.core.series.Series;
import org.exportpulse.core.series.SeriesId;
import org.exportpulse.core.time.CalendarMonth;
import org.exportpulse.core.time.FiscalYear;

/**
 * Ranks a monthly series' fiscal-year totals (its {@code .fy} companion) among export categories
 * and finds when it would pass each category above it: every category compounds at its own growth
 * over a stated window; the subject follows its monthly forecasts summed into fiscal years, for at
 * most {@value #MAX_YEARS} years.
 */
public final class RankingKernel {

    /** How many fiscal years ahead a crossover is looked for. */
    public static final int MAX_YEARS = 10;

    private final ObservationSource source;
    private final Forecaster forecaster;
    private final Map<String, List<Observation>> read;

    private RankingKernel(ObservationSource source, Forecaster forecaster, Map<String, List<Observation>> read) {
        this.read = read;
        this.source = source;
        this.forecaster = forecaster;
    }

    /** @param forecaster the subject's monthly forecasts */
    public static RankingKernel of(ObservationSource source, Forecaster forecaster) {
        return new RankingKernel(source, forecaster, Map.of());
    }

    /**
     * Ranks the spec's year and looks for each crossover.
     *
     * @throws IllegalArgumentException when the window is below 1, the year lacks the subject's total
     *     or every other category's, or no year has the subject and two categories
     */
    public ExportRanking compute(RankingSpec spec) {
        return new RankingKernel(source, forecaster, new HashMap<>())
                .rank(spec.subject(), spec.categories(), spec.fiscalYear().orElse(null), spec.windowYears());
    }

    private ExportRanking rank(String subject, List<String> categories, FiscalYear year, int window) {
        if (window < 1) {
            throw new IllegalArgumentException("the growth window must be at least one year; got " + window);
        }
        Series series = source.series(subject).orElseThrow(() -> NotFoundException.series(subject));
        String subjectFy = SeriesId.fiscalYearCompanion(subject);
        FiscalYear fy = year != null ? year : latestYear(subjectFy, categories, series);
        double own = total(subjectFy, fy)
                .orElseThrow(() -> new IllegalArgumentException(
                        "no " + fy.label() + " total of " + subject + " (" + subjectFy + ")"));
        List<Row> rows = new ArrayList<>();
        rows.add(row(subjectFy, fy, own, window, true));
        for (String c : categories) {
            total(c, fy).ifPresent(v -> rows.add(row(c, fy, v, window, false)));
        }
        if (rows.size() < 2) {
            throw new IllegalArgumentException("no other category has a " + fy.label() + " total");
        }
        rows.sort(Comparator.comparingDouble(Row::value).reversed());
        List<Row> ranked = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            ranked.add(new Row(
                    r.seriesId(),
                    r.name(),
                    r.value(),
                    i + 1,
                    r.growth(),
                    r.compoundGrowth(),
                    r.growthFrom(),
                    r.subject()));
        }
        SubjectPath path = path(subject, subjectFy, fy);
        List<Crossover> crossovers = new ArrayList<>();
        for (Row r : ranked) {
            if (!r.subject()) {
                crossovers.add(crossover(r, own, fy, path));
            }
        }
        ExportRanking.Assumptions assumptions =
                new ExportRanking.Assumptions(window, series.title(), path.method, path.model, MAX_YEARS);
        return new ExportRanking(fy, ranked, path.years, crossovers, assumptions);
    }

    private FiscalYear latestYear(String subjectFy, List<String> categories, Series series) {
        List<Observation> own = observations(subjectFy);
        if (own.isEmpty()) {
            throw new IllegalArgumentException("no fiscal-year totals of " + series.id() + " (" + subjectFy + ")");
        }
        for (int i = own.size() - 1; i >= 0; i--) {
            if (own.get(i).period() instanceof FiscalYear fy) {
                long others = categories.stream()
                        .filter(c -> total(c, fy).isPresent())
                        .count();
                if (others >= 2) {
                    return fy;
                }
            }
        }
        throw new IllegalArgumentException("no fiscal year has totals of " + subjectFy + " and two categories");
    }

    private Row row(String id, FiscalYear fy, double value, int window, boolean subject) {
        FiscalYear previous = back(fy, 1);
        double growth = total(id, previous).map(v -> (value / v - 1) * 100).orElse(Double.NaN);
        FiscalYear from = fy;
        double compound = Double.NaN;
        for (int k = window; k >= 1; k--) {
            Optional<Double> earlier = total(id, back(fy, k));
            if (earlier.isPresent() && earlier.get() > 0) {
                from = back(fy, k);
                compound = (Math.pow(value / earlier.get(), 1.0 / k) - 1) * 100;
                break;
            }
        }
        String name = source.series(id).map(Series::title).orElse(id).replace(", fiscal year", "");
        return new Row(id, name, value, 0, growth, compound, from, subject);
    }

    /** The subject's fiscal-year totals from {@code fy}: reported, then completed by forecasts. */
    private record SubjectPath(List<PathYear> years, String method, String model) {}

    private SubjectPath path(String subject, String subjectFy, FiscalYear fy) {
        MonthRuns.Run run = MonthRuns.longestOf(source, subject, "the subject's path", SeriesForecast.MINIMUM_MONTHS);
        Map<YearMonth, Double> months = new LinkedHashMap<>();
        for (Observation o : observations(subject)) {
            if (o.period() instanceof CalendarMonth) {
                months.put(MonthRuns.month(o), o.value().doubleValue());
            }
        }
        YearMonth last = months.keySet().stream().reduce((a, b) -> b).orElseThrow();
        YearMonth end = back(fy, -MAX_YEARS).last();
        int horizon = (int) Math.min(120, Math.max(1, last.until(end, java.time.temporal.ChronoUnit.MONTHS)));
        String method = null;
        String model = null;
        if (run.last().equals(last)) {
            SeriesForecast f = SeriesForecast.of(source, subject, forecaster, horizon, List.of(80));
            for (int h = 0; h < horizon; h++) {
                months.put(f.period(h), f.forecast().mean(h));
            }
            method = f.forecast().method();
            model = f.forecast().model();
        }
        List<PathYear> years = new ArrayList<>();
        for (int k = 0; k <= MAX_YEARS; k++) {
            FiscalYear y = back(fy, -k);
            Optional<Double> published = y.last().isAfter(last) ? Optional.empty() : total(subjectFy, y);
            if (published.isPresent()) {
                years.add(new PathYear(y, published.get(), 0));
                continue;
            }
            double sum = 0;
            int forecastMonths = 0;
            boolean complete = true;
            for (YearMonth m = y.first(); !m.isAfter(y.last()); m = m.plusMonths(1)) {
                Double v = months.get(m);
                if (v == null) {
                    complete = false;
                    break;
                }
                sum += v;
                forecastMonths += m.isAfter(last) ? 1 : 0;
            }
            if (!complete) {
                break;
            }
            years.add(new PathYear(y, sum, forecastMonths));
        }
        return new SubjectPath(years, method, model);
    }

    private static Crossover crossover(Row c, double own, FiscalYear fy, SubjectPath path) {
        if (c.value() < own) {
            return new Crossover(c.seriesId(), c.name(), Outcome.ALREADY_ABOVE, fy, Double.NaN, Double.NaN);
        }
        if (Double.isNaN(c.compoundGrowth())) {
            return new Crossover(c.seriesId(), c.name(), Outcome.NOT_ENOUGH_HISTORY, null, Double.NaN, Double.NaN);
        }
        double g = c.compoundGrowth() / 100;
        for (PathYear p : path.years) {
            int t = p.fiscalYear().endYear() - fy.endYear();
            double projected = c.value() * Math.pow(1 + g, t);
            if (t > 0 && p.total() > projected) {
                return new Crossover(c.seriesId(), c.name(), Outcome.CROSSES, p.fiscalYear(), p.total(), projected);
            }
        }
        return new Crossover(c.seriesId(), c.name(), Outcome.NOT_WITHIN, null, Double.NaN, Double.NaN);
    }

    /** Each series is read from the source once per computation (years and windows ask for it again). */
    private List<Observation> observations(String id) {
        return read.computeIfAbsent(id, source::currentObservations);
    }

    private Optional<Double> total(String id, FiscalYear fy) {
        return observations(id).stream()
                .filter(o -> o.period().equals(fy))
                .findFirst()
                .map(o -> o.value().doubleValue());
    }

    /** {@code k} fiscal years before {@code fy} (after, when negative). */
    private static FiscalYear back(FiscalYear fy, int k) {
        return new FiscalYear(fy.endYear() - k, fy.firstMonth());
    }
}
