package org.exportpulse.cli.command;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.exportpulse.cli.OutputFormat;
import org.exportpulse.cli.Pulse;
import org.exportpulse.core.forecast.Forecast;
import org.exportpulse.core.forecast.Forecaster;
import org.exportpulse.core.forecast.Forecasters;
import org.exportpulse.core.series.Frequency;
import org.exportpulse.core.series.MonthRuns;
import org.exportpulse.core.series.NotFoundException;
import org.exportpulse.core.series.Observation;
import org.exportpulse.core.series.ObservationSource;
import org.exportpulse.core.series.Series;
import org.exportpulse.core.time.CalendarMonth;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code pulse forecast SERIES [--horizon 12] [--level 80,95] [--method theta|snaive|naive] [--format table|json|csv]}. */
@Command(
        name = "forecast",
        description =
                "Forecast a monthly series from its longest run of consecutive months, with prediction intervals.")
public final class ForecastCommand implements Callable<Integer> {

    @ParentCommand
    Pulse pulse;

    @Parameters(index = "0", paramLabel = "SERIES", description = "Monthly series id, e.g. pk.ict.exports.")
    String seriesId;

    @Option(names = "--horizon", defaultValue = "12", description = "Months ahead (default: ${DEFAULT-VALUE}).")
    int horizon;

    @Option(
            names = "--level",
            defaultValue = "80,95",
            split = ",",
            description = "Interval levels in percent (default: ${DEFAULT-VALUE}).")
    List<Integer> levels;

    @Option(
            names = "--method",
            defaultValue = "theta",
            description =
                    "theta, snaive or naive (default: ${DEFAULT-VALUE}; auto, ets, arima and comb are not built yet).")
    String method;

    @Option(names = "--format", defaultValue = "table", description = "table, json or csv (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Override
    public Integer call() {
        if (horizon < 1 || horizon > 120) {
            throw new IllegalArgumentException("--horizon " + horizon + " is out of range (expected 1 to 120 months)");
        }
        Forecaster forecaster = Forecasters.byName(method);
        ObservationSource source = Arguments.source(pulse.store(), null);
        Series series = source.series(seriesId).orElseThrow(() -> NotFoundException.series(seriesId));
        if (series.frequency() != Frequency.MONTH) {
            throw new IllegalArgumentException("forecasts need a monthly series; " + seriesId + " has frequency "
                    + series.frequency().code());
        }
        List<Observation> months = source.currentObservations(seriesId).stream()
                .filter(o -> o.period() instanceof CalendarMonth)
                .toList();
        int[] run = MonthRuns.longest(months);
        if (run[1] - run[0] < 24) {
            throw new IllegalArgumentException(seriesId + ": the longest run of consecutive months is "
                    + (run[1] - run[0]) + "; forecasts need at least 24");
        }
        List<Observation> span = months.subList(run[0], run[1]);
        double[] y = span.stream().mapToDouble(o -> o.value().doubleValue()).toArray();
        Forecast f = forecaster.forecast(y, 12, horizon, levels);
        YearMonth first = MonthRuns.month(span.get(0));
        YearMonth last = MonthRuns.month(span.get(span.size() - 1));
        print(series, f, first, last, y.length);
        return 0;
    }

    private void print(Series series, Forecast f, YearMonth first, YearMonth last, int n) {
        switch (format) {
            case JSON -> Json.print(json(series, f, first, last, n), pulse.out());
            case CSV -> {
                pulse.out().println("period,mean" + bounds(f));
                for (int h = 0; h < f.mean().length; h++) {
                    pulse.out().println(last.plusMonths(h + 1L) + "," + f.mean()[h] + values(f, h, ","));
                }
            }
            case TABLE -> {
                pulse.out()
                        .println(series.title() + " (" + series.id() + "), " + series.unit() + ": " + f.method()
                                + " forecast from " + n + " consecutive months, " + first + " to " + last);
                pulse.out()
                        .println("PERIOD        MEAN"
                                + bounds(f).replace(",", "  ").toUpperCase(Locale.ROOT));
                for (int h = 0; h < f.mean().length; h++) {
                    pulse.out()
                            .printf(
                                    Locale.ROOT,
                                    "%-8s %9.1f%s%n",
                                    last.plusMonths(h + 1L),
                                    f.mean()[h],
                                    values(f, h, " "));
                }
            }
            default -> throw new IllegalArgumentException("forecast writes table, json or csv, not " + format);
        }
        pulse.out().flush();
    }

    private static String bounds(Forecast f) {
        StringBuilder b = new StringBuilder();
        f.intervals()
                .forEach(i ->
                        b.append(",lower").append(i.level()).append(",upper").append(i.level()));
        return b.toString();
    }

    private static String values(Forecast f, int h, String sep) {
        StringBuilder b = new StringBuilder();
        for (Forecast.Interval i : f.intervals()) {
            b.append(sep)
                    .append(String.format(
                            Locale.ROOT,
                            sep.equals(",") ? "%s" : "%9.1f",
                            sep.equals(",") ? String.valueOf(i.lower()[h]) : i.lower()[h]));
            b.append(sep)
                    .append(String.format(
                            Locale.ROOT,
                            sep.equals(",") ? "%s" : "%9.1f",
                            sep.equals(",") ? String.valueOf(i.upper()[h]) : i.upper()[h]));
        }
        return b.toString();
    }

    private static ObjectNode json(Series series, Forecast f, YearMonth first, YearMonth last, int n) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("series", series.id());
        root.put("method", f.method());
        root.putObject("span")
                .put("first", first.toString())
                .put("last", last.toString())
                .put("months", n);
        root.put("horizon", f.mean().length);
        ArrayNode levels = root.putArray("levels");
        f.intervals().forEach(i -> levels.add(i.level()));
        ArrayNode rows = root.putArray("forecasts");
        List<ObjectNode> list = new ArrayList<>();
        for (int h = 0; h < f.mean().length; h++) {
            ObjectNode row = rows.addObject()
                    .put("period", last.plusMonths(h + 1L).toString())
                    .put("mean", f.mean()[h]);
            for (Forecast.Interval i : f.intervals()) {
                row.put("lower" + i.level(), i.lower()[h]).put("upper" + i.level(), i.upper()[h]);
            }
            list.add(row);
        }
        return root;
    }
}
