package org.exportpulse.core.outlook;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.exportpulse.core.forecast.PathSimulator;
import org.exportpulse.core.forecast.SeriesForecast;
import org.exportpulse.core.outlook.FiscalYearOutlook.Distribution;
import org.exportpulse.core.outlook.FiscalYearOutlook.Goal;
import org.exportpulse.core.outlook.FiscalYearOutlook.MonthForecast;
import org.exportpulse.core.outlook.FiscalYearOutlook.MonthValue;
import org.exportpulse.core.series.Frequency;
import org.exportpulse.core.series.MonthRuns;
import org.exportpulse.core.series.NotFoundException;
import org.exportpulse.core.series.Observation;
import org.exportpulse.core.series.ObservationSource;
import org.exportpulse.core.series.Series;
import org.exportpulse.core.series.SeriesId;
import org.exportpulse.core.time.CalendarMonth;
import org.exportpulse.core.time.FiscalYear;

/**
 * Computes a {@link FiscalYearOutlook}: the fiscal year's reported months, then {@value #PATHS}
 * simulated paths of the remaining ones from a model fitted to the consecutive months that end with
 * the latest (derived months count, nothing is interpolated). The total's interval is made of the
 * simulated totals' quantiles.
 */
public final class OutlookKernel {

    /** Paths simulated per outlook. */
    public static final int PATHS = 10_000;

    static final long SEED = 20_260_630L;

    private final ObservationSource source;
    private final PathSimulator simulator;

    private OutlookKernel(ObservationSource source, PathSimulator simulator) {
        this.source = Objects.requireNonNull(source, "source");
        this.simulator = Objects.requireNonNull(simulator, "simulator");
    }

    /**
     * @param source current values with derived months
     * @param simulator the model of the remaining months
     */
    public static OutlookKernel of(ObservationSource source, PathSimulator simulator) {
        return new OutlookKernel(source, simulator);
    }

    /**
     * Projects the spec's fiscal year: its reported months plus simulated paths of the rest.
     *
     * @throws NotFoundException when the series is unknown or has no monthly values
     * @throws IllegalArgumentException when the series is not monthly, the fiscal year has no
     *     reported month or lacks one before the latest, the target is not a positive amount, or the
     *     months before the remaining ones are too few to model
     */
    public FiscalYearOutlook compute(OutlookSpec spec) {
        return outlook(
                spec.seriesId(),
                spec.fiscalYear(),
                spec.target().isPresent() ? spec.target().getAsDouble() : null);
    }

    private FiscalYearOutlook outlook(String seriesId, FiscalYear fy, Double target) {
        Series series = source.series(seriesId).orElseThrow(() -> NotFoundException.series(seriesId));
        if (series.frequency() != Frequency.MONTH) {
            throw new IllegalArgumentException("an outlook needs a monthly series; " + seriesId + " has frequency "
                    + series.frequency().code());
        }
        if (target != null && !(target > 0 && Double.isFinite(target))) {
            throw new IllegalArgumentException("target " + target + " is not a positive amount");
        }
        Map<YearMonth, Observation> months = months(seriesId);
        YearMonth first = months.keySet().iterator().next();
        YearMonth last = months.keySet().stream().reduce((a, b) -> b).orElseThrow();
        List<MonthValue> actual = actualMonths(seriesId, fy, months, first, last);
        double actualTotal = actual.stream().mapToDouble(MonthValue::value).sum();
        List<YearMonth> remaining = new ArrayList<>();
        for (YearMonth m = last.plusMonths(1); !m.isAfter(fy.last()); m = m.plusMonths(1)) {
            remaining.add(m);
        }
        Simulation sim = remaining.isEmpty()
                ? Simulation.complete(actualTotal)
                : simulate(seriesId, months, last, remaining, actualTotal);
        Optional<Goal> lastYear = lastYear(seriesId, fy, months, remaining, actualTotal, sim);
        Optional<Goal> goal = target == null
                ? Optional.empty()
                : Optional.of(goal(
                        "target",
                        target,
                        FiscalYearOutlook.GoalBasis.GIVEN,
                        sameMonthsLastYear(months, remaining),
                        remaining,
                        actualTotal,
                        sim));
        return new FiscalYearOutlook(
                series,
                fy,
                actual,
                actualTotal,
                remaining,
                Optional.ofNullable(sim.fit),
                remaining.isEmpty() ? 0 : PATHS,
                sim.monthly,
                sim.distribution(),
                lastYear,
                goal);
    }

    private Map<YearMonth, Observation> months(String seriesId) {
        Map<YearMonth, Observation> out = new LinkedHashMap<>();
        for (Observation o : source.currentObservations(seriesId)) {
            if (o.period() instanceof CalendarMonth) {
                out.put(MonthRuns.month(o), o);
            }
        }
        if (out.isEmpty()) {
            throw NotFoundException.period(seriesId, "any month", "the series has no values");
        }
        return out;
    }

    private static List<MonthValue> actualMonths(
            String seriesId, FiscalYear fy, Map<YearMonth, Observation> months, YearMonth first, YearMonth last) {
        if (last.isBefore(fy.first())) {
            throw new IllegalArgumentException(fy.label() + " has no data yet: " + seriesId + " ends " + last
                    + "; an outlook needs at least one reported month of the fiscal year");
        }
        if (fy.last().isBefore(first)) {
            throw new IllegalArgumentException("no data for " + fy.label() + ": " + seriesId + " starts " + first);
        }
        List<MonthValue> actual = new ArrayList<>();
        List<YearMonth> missing = new ArrayList<>();
        for (YearMonth m = fy.first(); !m.isAfter(fy.last()) && !m.isAfter(last); m = m.plusMonths(1)) {
            Observation o = months.get(m);
            if (o == null) {
                missing.add(m);
            } else {
                actual.add(new MonthValue(m, o.value().doubleValue(), o.isDerived(), o.vintage()));
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException(fy.label() + " lacks " + seriesId + " values for " + missing
                    + " (before its latest month, " + last + "): the year's total cannot be completed");
        }
        return actual;
    }

    private Simulation simulate(
            String seriesId,
            Map<YearMonth, Observation> months,
            YearMonth last,
            List<YearMonth> remaining,
            double actualTotal) {
        List<Double> base = new ArrayList<>();
        YearMonth start = last;
        for (YearMonth m = last; months.containsKey(m); m = m.minusMonths(1)) {
            base.add(0, months.get(m).value().doubleValue());
            start = m;
        }
        if (base.size() < SeriesForecast.MINIMUM_MONTHS) {
            throw new IllegalArgumentException(seriesId + ": the consecutive months ending " + last + " are "
                    + base.size() + " (" + start + " to " + last + "); an outlook needs at least "
                    + SeriesForecast.MINIMUM_MONTHS + " to model the remaining months");
        }
        double[] y = base.stream().mapToDouble(Double::doubleValue).toArray();
        PathSimulator.SimulatedPaths sim = simulator.simulate(y, 12, remaining.size(), PATHS, SEED);
        double[][] paths = sim.paths();
        double[] totals = new double[paths.length];
        for (int p = 0; p < paths.length; p++) {
            totals[p] = actualTotal + Arrays.stream(paths[p]).sum();
        }
        List<MonthForecast> monthly = new ArrayList<>();
        for (int h = 0; h < remaining.size(); h++) {
            double[] column = new double[paths.length];
            for (int p = 0; p < paths.length; p++) {
                column[p] = paths[p][h];
            }
            Arrays.sort(column);
            monthly.add(new MonthForecast(
                    remaining.get(h),
                    Arrays.stream(column).average().orElseThrow(),
                    Quantiles.of(column, 0.10),
                    Quantiles.of(column, 0.90)));
        }
        return new Simulation(new FiscalYearOutlook.Fit(sim.model(), y.length, start, last), totals, monthly);
    }

    private Optional<Goal> lastYear(
            String seriesId,
            FiscalYear fy,
            Map<YearMonth, Observation> months,
            List<YearMonth> remaining,
            double actualTotal,
            Simulation sim) {
        FiscalYear previous = new FiscalYear(fy.endYear() - 1, fy.firstMonth());
        String companion = SeriesId.fiscalYearCompanion(seriesId);
        Optional<Observation> published = source.currentObservations(companion).stream()
                .filter(o -> o.period().equals(previous))
                .findFirst();
        if (published.isPresent()) {
            return Optional.of(goal(
                    previous.label(),
                    published.get().value().doubleValue(),
                    new FiscalYearOutlook.GoalBasis(FiscalYearOutlook.BasisKind.PUBLISHED_TOTAL, previous, companion),
                    sameMonthsLastYear(months, remaining),
                    remaining,
                    actualTotal,
                    sim));
        }
        double sum = 0;
        for (YearMonth m = previous.first(); !m.isAfter(previous.last()); m = m.plusMonths(1)) {
            Observation o = months.get(m);
            if (o == null) {
                return Optional.empty();
            }
            sum += o.value().doubleValue();
        }
        FiscalYearOutlook.GoalBasis basis =
                new FiscalYearOutlook.GoalBasis(FiscalYearOutlook.BasisKind.MONTHS_SUMMED, previous, seriesId);
        return Optional.of(
                goal(previous.label(), sum, basis, sameMonthsLastYear(months, remaining), remaining, actualTotal, sim));
    }

    /** The sum of the remaining months a year earlier; NaN when one is missing or none remain. */
    private static double sameMonthsLastYear(Map<YearMonth, Observation> months, List<YearMonth> remaining) {
        if (remaining.isEmpty()) {
            return Double.NaN;
        }
        double sum = 0;
        for (YearMonth m : remaining) {
            Observation o = months.get(m.minusYears(1));
            if (o == null) {
                return Double.NaN;
            }
            sum += o.value().doubleValue();
        }
        return sum;
    }

    private static Goal goal(
            String name,
            double value,
            FiscalYearOutlook.GoalBasis basis,
            double sameMonthsLastYear,
            List<YearMonth> remaining,
            double actualTotal,
            Simulation sim) {
        boolean reached = actualTotal >= value;
        double gap = value - actualTotal;
        double perMonth = reached || remaining.isEmpty() ? 0 : gap / remaining.size();
        double growth = reached || Double.isNaN(sameMonthsLastYear) ? Double.NaN : (gap / sameMonthsLastYear - 1) * 100;
        long hits = Arrays.stream(sim.totals).filter(t -> t >= value).count();
        double probability = 100.0 * hits / sim.totals.length;
        double change = (sim.distribution().mean() / value - 1) * 100;
        return new Goal(name, value, basis, reached, perMonth, growth, probability, change);
    }

    /** Simulated totals and monthly summaries. */
    private record Simulation(FiscalYearOutlook.Fit fit, double[] totals, List<MonthForecast> monthly) {

        static Simulation complete(double total) {
            return new Simulation(null, new double[] {total}, List.of());
        }

        Distribution distribution() {
            double[] sorted = totals.clone();
            Arrays.sort(sorted);
            return new Distribution(
                    Arrays.stream(sorted).average().orElseThrow(),
                    Quantiles.of(sorted, 0.5),
                    Quantiles.of(sorted, 0.10),
                    Quantiles.of(sorted, 0.90),
                    Quantiles.of(sorted, 0.025),
                    Quantiles.of(sorted, 0.975));
        }
    }
}
