package org.exportpulse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code pulse forecast} on the bundled data and {@code pulse backtest} on four Tourism series. */
class ForecastCommandTest {

    @TempDir
    Path home;

    @TempDir
    Path out;

    private static Path competition() throws Exception {
        return Path.of(ForecastCommandTest.class
                        .getResource("/competition/small_info.csv")
                        .toURI())
                .getParent();
    }

    @Test
    void the_flagship_series_gets_forecasts_with_nested_intervals() throws Exception {
        JsonNode r = PulseRun.json(home, "forecast", "pk.ict.exports", "--horizon", "6", "--format", "json");
        assertThat(r.get("method").asText()).isEqualTo("auto");
        assertThat(r.get("model").asText()).matches("ETS\\(.+\\) \\+ ARIMA\\(.+\\) \\+ theta");
        assertThat(r.at("/span/last").asText()).isEqualTo("2026-02");
        assertThat(r.get("forecasts")).hasSize(6);
        JsonNode first = r.get("forecasts").get(0);
        assertThat(first.get("period").asText()).isEqualTo("2026-03");
        assertThat(first.get("lower95").asDouble())
                .isLessThan(first.get("lower80").asDouble());
        assertThat(first.get("lower80").asDouble()).isLessThan(first.get("mean").asDouble());
        assertThat(first.get("upper95").asDouble())
                .isGreaterThan(first.get("upper80").asDouble());
        JsonNode ets = PulseRun.json(home, "forecast", "pk.ict.exports", "--method", "ets", "--format", "json");
        assertThat(ets.get("model").asText()).matches("ETS\\([AM],(N|Ad?),[NAM]\\)");
        JsonNode arima = PulseRun.json(home, "forecast", "pk.ict.exports", "--method", "arima", "--format", "json");
        assertThat(arima.get("model").asText()).startsWith("ARIMA(");
        double combined = (ets.at("/forecasts/0/mean").asDouble()
                        + arima.at("/forecasts/0/mean").asDouble()
                        + PulseRun.json(home, "forecast", "pk.ict.exports", "--method", "theta", "--format", "json")
                                .at("/forecasts/0/mean")
                                .asDouble())
                / 3;
        assertThat(r.at("/forecasts/0/mean").asDouble())
                .as("auto is the mean of the three")
                .isCloseTo(combined, org.assertj.core.api.Assertions.within(1e-9));
        PulseRun snaive = PulseRun.in(
                home, "forecast", "pk.ict.exports", "--method", "snaive", "--horizon", "1", "--format", "csv");
        assertThat(snaive.out()).contains("2026-03,342.0"); // March 2025
    }

    @Test
    void a_backtest_scores_the_test_part_and_writes_the_forecasts() throws Exception {
        Path file = out.resolve("f.csv");
        JsonNode r = PulseRun.json(
                home,
                "backtest",
                competition().toString(),
                "--method",
                "snaive",
                "--format",
                "json",
                "--output",
                file.toString());
        assertThat(r.get("series").asInt()).isEqualTo(4);
        assertThat(r.get("horizon").asInt()).isEqualTo(24);
        assertThat(r.get("smape").asDouble()).isPositive();
        assertThat(r.get("mase").asDouble()).isPositive();
        assertThat(r.get("coverage95").asDouble()).isBetween(0.0, 100.0);
        List<String> lines = Files.readAllLines(file);
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0).split(",")).hasSize(25).startsWith("m1");
        JsonNode shorter =
                PulseRun.json(home, "backtest", competition().toString(), "--horizon", "6", "--format", "json");
        assertThat(shorter.get("horizon").asInt()).isEqualTo(6);
        assertThat(new ObjectMapper().readTree(shorter.toString()).get("method").asText())
                .isEqualTo("auto");
    }

    @Test
    void bad_input_gets_a_clear_error() throws Exception {
        PulseRun unknown = PulseRun.in(home, "forecast", "pk.ict.exports", "--method", "prophet");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("method prophet is not known (expected auto, comb, ets, arima, theta");
        PulseRun shortSeries = PulseRun.in(home, "forecast", "pk.pbs.services.exports");
        assertThat(shortSeries.exitCode()).isEqualTo(2);
        assertThat(shortSeries.err()).contains("a forecast needs at least 24");
        assertThat(PulseRun.in(home, "forecast", "pk.ict.exports", "--horizon", "0")
                        .exitCode())
                .isEqualTo(2);
        assertThat(PulseRun.in(home, "backtest", out.resolve("nope").toString()).exitCode())
                .isEqualTo(3);
        Files.writeString(out.resolve("x_train.csv"), "a,1,2,oops\n");
        Files.writeString(out.resolve("x_info.csv"), "id,n,h\na,3,2\n");
        PulseRun broken = PulseRun.in(home, "backtest", out.toString());
        assertThat(broken.exitCode()).isEqualTo(2);
        assertThat(broken.err()).contains("x_train.csv:1", "'oops' is not a number");
    }
}
