package org.exportpulse.cli.command;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.exportpulse.cli.Pulse;
import org.exportpulse.core.forecast.Backtest;
import org.exportpulse.formats.competition.CompetitionSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code pulse backtest DIR [--horizon H] [--method auto|comb|ets|arima|theta|snaive|naive] [--output FILE] [--format table|json]}. */
@Command(
        name = "backtest",
        description =
                "Forecast every series of a competition folder (*_train.csv, *_test.csv, *_info.csv) from its"
                        + " training part only and score it on the test part: sMAPE, MASE, coverage of the 80%% and 95%% intervals.")
public final class BacktestCommand implements Callable<Integer> {

    @ParentCommand
    Pulse pulse;

    @Parameters(index = "0", paramLabel = "DIR", description = "Folder in the competition layout.")
    Path dir;

    @Option(names = "--horizon", paramLabel = "H", description = "Steps ahead (default: the info file's h).")
    Integer horizon;

    @Option(
            names = "--method",
            defaultValue = "auto",
            description = "auto (the default: comb), comb, ets, arima, theta, snaive or naive.")
    String method;

    @Option(
            names = "--output",
            paramLabel = "FILE",
            description = "Write the point forecasts: no header; id, then H values.")
    Path output;

    @Mixin
    FormatOption.TableOrJson formatOption;

    @Override
    public Integer call() throws IOException {
        if (horizon != null && horizon < 1) {
            throw new IllegalArgumentException("--horizon " + horizon + " is not a positive number of steps");
        }
        CompetitionSet set = CompetitionSet.read(dir, horizon);
        long start = System.nanoTime();
        Backtest.Result r =
                Backtest.run(set.series(), pulse.engines().forecasters().byName(method), 12, set.horizon());
        double seconds = (System.nanoTime() - start) / 1e9;
        if (output != null) {
            write(r, output);
        }
        ObjectNode json = JsonNodeFactory.instance
                .objectNode()
                .put("method", r.method())
                .put("series", r.series())
                .put("horizon", r.horizon())
                .put("smape", round(r.smape(), 2))
                .put("mase", round(r.mase(), 3))
                .put("coverage80", round(r.coverage80(), 1))
                .put("coverage95", round(r.coverage95(), 1))
                .put("seconds", round(seconds, 2));
        switch (formatOption.format) {
            case JSON -> Json.print(json, pulse.out());
            case TABLE ->
                pulse.out()
                        .printf(
                                Locale.ROOT,
                                "%s on %d series, h = %d: sMAPE %.2f, MASE %.3f, coverage 80%% %.1f,"
                                        + " 95%% %.1f, %.2f s%n",
                                r.method(),
                                r.series(),
                                r.horizon(),
                                r.smape(),
                                r.mase(),
                                r.coverage80(),
                                r.coverage95(),
                                seconds);
            default -> throw new IllegalArgumentException("backtest writes table or json, not " + formatOption.format);
        }
        pulse.out().flush();
        return 0;
    }

    private static Double round(double v, int decimals) {
        return Double.isNaN(v) ? null : Math.round(v * Math.pow(10, decimals)) / Math.pow(10, decimals);
    }

    private static void write(Backtest.Result r, Path file) throws IOException {
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
            for (int i = 0; i < r.ids().size(); i++) {
                StringBuilder b = new StringBuilder(r.ids().get(i));
                for (double v : r.forecasts().get(i)) {
                    b.append(',').append(v);
                }
                out.println(b);
            }
        }
    }
}
