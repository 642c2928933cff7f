package org.exportpulse.cli.command;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.exportpulse.cli.Pulse;
import org.exportpulse.core.forecast.Forecast;
import org.exportpulse.core.forecast.SeriesForecast;
import org.exportpulse.export.ForecastJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code pulse forecast SERIES [--horizon 12] [--level 80,95] [--method auto|comb|ets|arima|theta|snaive|naive] [--format table|json|csv]}. */
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
            defaultValue = "auto",
            description = "auto (the default: comb), comb (mean of ets, arima and theta), ets, arima, theta, snaive or"
                    + " naive.")
    String method;

    @Mixin
    FormatOption.TableJsonOrCsv formatOption;

    @Override
    public Integer call() {
        SeriesForecast s = SeriesForecast.of(
                Arguments.source(pulse.store(), null),
                seriesId,
                pulse.engines().forecasters().byName(method),
                horizon,
                levels);
        Forecast f = s.forecast();
        switch (formatOption.format) {
            case JSON -> Json.print(ForecastJson.of(s), pulse.out());
            case CSV -> {
                pulse.out().println("period,mean" + header(f, ",lower%d,upper%d"));
                for (int h = 0; h < f.mean().length; h++) {
                    pulse.out().println(s.period(h) + "," + f.mean(h) + row(f, h, ",%s,%s"));
                }
            }
            case TABLE -> {
                pulse.out()
                        .println(s.series().title() + " (" + s.series().id() + "), "
                                + s.series().unit() + ": " + f.method() + " forecast (" + f.model() + ") from "
                                + s.months()
                                + " consecutive months, " + s.first() + " to " + s.last());
                pulse.out().println("PERIOD        MEAN" + header(f, "  LOWER%d  UPPER%d"));
                for (int h = 0; h < f.mean().length; h++) {
                    pulse.out()
                            .printf(Locale.ROOT, "%-8s %9.1f%s%n", s.period(h), f.mean(h), row(f, h, " %8.1f %8.1f"));
                }
            }
            default ->
                throw new IllegalArgumentException("forecast writes table, json or csv, not " + formatOption.format);
        }
        pulse.out().flush();
        return 0;
    }

    private static String header(Forecast f, String pattern) {
        StringBuilder b = new StringBuilder();
        f.intervals().forEach(i -> b.append(String.format(Locale.ROOT, pattern, i.level(), i.level())));
        return b.toString();
    }

    private static String row(Forecast f, int h, String pattern) {
        StringBuilder b = new StringBuilder();
        for (Forecast.Interval i : f.intervals()) {
            b.append(String.format(Locale.ROOT, pattern, i.lower(h), i.upper(h)));
        }
        return b.toString();
    }
}
