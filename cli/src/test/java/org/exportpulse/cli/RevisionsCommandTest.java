package org.exportpulse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code history} and {@code --as-of}: what was known on a date. */
class RevisionsCommandTest {

    @TempDir
    Path home;

    private JsonNode json(String... args) throws Exception {
        return PulseRun.json(home, args);
    }

    @Test
    void history_lists_every_vintage_oldest_first() throws Exception {
        JsonNode vintages =
                json("history", "pk.ict.exports", "2024-11", "--format", "json").get("vintages");
        assertThat(vintages).hasSize(2);
        assertThat(vintages.get(0).get("value").decimalValue()).isEqualByComparingTo("324");
        assertThat(vintages.get(0).get("status").asText()).isEqualTo("normal");
        assertThat(vintages.get(1).get("value").decimalValue()).isEqualByComparingTo("310");
        assertThat(vintages.get(1).get("status").asText()).isEqualTo("revised");
        assertThat(vintages.get(1).get("sources").get(0).asText()).isEqualTo("https://dailyqudrat.pk/314784");
    }

    @Test
    void history_table_names_the_current_vintage() {
        PulseRun run = PulseRun.in(home, "history", "pk.ict.exports", "2024-11");
        assertThat(run.out()).contains("324", "310", "the current value is vintage 2");
    }

    @Test
    void history_of_a_period_without_values_exits_3() {
        PulseRun run = PulseRun.in(home, "history", "pk.ict.exports", "2025-05");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.NOT_FOUND);
        assertThat(run.err()).contains("no vintage is stored");
    }

    @Test
    void show_as_of_gives_the_value_known_on_that_date() throws Exception {
        JsonNode before = json(
                "show",
                "pk.ict.exports",
                "--from",
                "2022-08",
                "--to",
                "2022-08",
                "--as-of",
                "2022-10-01",
                "--format",
                "json");
        JsonNode after = json(
                "show",
                "pk.ict.exports",
                "--from",
                "2022-08",
                "--to",
                "2022-08",
                "--as-of",
                "2022-11-01",
                "--format",
                "json");
        assertThat(before.at("/observations/0/value").decimalValue()).isEqualByComparingTo("227");
        assertThat(after.at("/observations/0/value").decimalValue()).isEqualByComparingTo("228");
        assertThat(after.at("/observations/0/vintage").asInt()).isEqualTo(2);
    }

    @Test
    void figures_as_of_use_only_what_was_public_then() throws Exception {
        JsonNode then =
                json("figures", "pk.ict.exports", "--period", "2022-08", "--as-of", "2022-10-01", "--format", "json");
        assertThat(then.get("as_of").asText()).isEqualTo("2022-10-01");
        assertThat(then.get("value").decimalValue())
                .as("August's first release")
                .isEqualByComparingTo("227");
        assertThat(then.at("/previous/value").decimalValue()).isEqualByComparingTo("199");
        JsonNode later =
                json("figures", "pk.ict.exports", "--period", "2022-08", "--as-of", "2022-11-01", "--format", "json");
        assertThat(later.get("value").decimalValue()).isEqualByComparingTo("228");
        assertThat(later.get("vintage").asInt()).isEqualTo(2);
    }

    @Test
    void a_malformed_as_of_date_exits_2() {
        PulseRun run = PulseRun.in(home, "show", "pk.ict.exports", "--as-of", "2022-13-01");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("--as-of 2022-13-01 is not a date (expected YYYY-MM-DD)");
    }
}
