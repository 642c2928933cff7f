package org.exportpulse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SeriesAndShowCommandTest {

    @TempDir
    Path home;

    @Test
    void series_lists_every_series_and_filters_by_every_word_of_the_query() throws Exception {
        PulseRun all = PulseRun.in(home, "series");
        assertThat(all.out()).contains("pk.ict.exports ").endsWith("308 series\n");
        PulseRun query = PulseRun.in(home, "series", "textile", "fiscal", "--format", "json");
        JsonNode list = new ObjectMapper().readTree(query.out());
        assertThat(list.findValuesAsText("id"))
                .containsExactlyInAnyOrder("pk.pbs.textiles.exports.fy", "pk.pbs.textiles.exports.fytd");
    }

    @Test
    void series_json_describes_the_flagship() throws Exception {
        JsonNode list = new ObjectMapper()
                .readTree(PulseRun.in(home, "series", "--format", "json").out());
        JsonNode ict = null;
        for (JsonNode n : list) {
            if (n.get("id").asText().equals("pk.ict.exports")) {
                ict = n;
            }
        }
        assertThat(ict).isNotNull();
        assertThat(ict.get("values").asInt()).isEqualTo(64);
        assertThat(ict.get("first").asText()).isEqualTo("2019-12");
        assertThat(ict.get("last").asText()).isEqualTo("2026-02");
        assertThat(ict.get("share_of").size()).isEqualTo(5);
    }

    @Test
    void show_gives_current_values_with_status_and_vintage_within_the_range() throws Exception {
        PulseRun run =
                PulseRun.in(home, "show", "pk.ict.exports", "--from", "2024-10", "--to", "2024-12", "--format", "json");
        JsonNode obs = new ObjectMapper().readTree(run.out()).get("observations");
        assertThat(obs).hasSize(3);
        assertThat(obs.get(1).get("period").asText()).isEqualTo("2024-11");
        assertThat(obs.get(1).get("value").decimalValue()).isEqualByComparingTo("310");
        assertThat(obs.get(1).get("vintage").asInt()).isEqualTo(2);
        assertThat(obs.get(1).get("status").asText()).isEqualTo("revised");
    }

    @Test
    void show_accepts_fiscal_years_as_range_ends() throws Exception {
        PulseRun run =
                PulseRun.in(home, "show", "pk.ict.exports", "--from", "FY26", "--to", "FY26", "--format", "json");
        JsonNode obs = new ObjectMapper().readTree(run.out()).get("observations");
        assertThat(obs.findValuesAsText("period"))
                .containsExactly(
                        "2025-07", "2025-08", "2025-09", "2025-10", "2025-11", "2025-12", "2026-01", "2026-02");
    }

    @Test
    void show_csv_has_a_header_and_one_row_per_value() {
        PulseRun run =
                PulseRun.in(home, "show", "pk.ict.exports", "--from", "2025-12", "--to", "2025-12", "--format", "csv");
        String[] lines = run.out().split("\r?\n");
        assertThat(lines[0])
                .isEqualTo("series,period,value,unit,status,vintage,public_by,public_by_basis,sources,note,derivation");
        assertThat(lines).hasSize(2);
        assertThat(lines[1]).startsWith("pk.ict.exports,2025-12,437,USD million,normal,1,2026-01-20,source,");
    }

    @Test
    void show_of_an_unknown_series_exits_3() {
        assertThat(PulseRun.in(home, "show", "pk.nothing").exitCode()).isEqualTo(ExitCodes.NOT_FOUND);
    }
}
