package org.exportpulse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code pulse peers} on the bundled World Bank data. */
class PeersCommandTest {

    @TempDir
    Path home;

    @Test
    void compares_the_brief_peers_with_pakistan_highlighted_and_values_as_stored() throws Exception {
        JsonNode r = PulseRun.json(home, "peers", "--format", "json");
        assertThat(r.get("year").asInt()).isEqualTo(2024);
        assertThat(r.get("economies")).hasSize(10);
        JsonNode pak = null;
        for (JsonNode e : r.get("economies")) {
            if (e.get("highlighted").asBoolean()) {
                pak = e;
            }
        }
        assertThat(pak).isNotNull();
        assertThat(pak.get("code").asText()).isEqualTo("PAK");
        JsonNode stored = PulseRun.json(home, "show", "wdi.ict_exports.pak", "--format", "json");
        double value2024 = Double.NaN;
        double value2023 = Double.NaN;
        for (JsonNode o : stored.get("observations")) {
            if (o.get("period").asText().equals("2024")) {
                value2024 = o.get("value").asDouble();
            }
            if (o.get("period").asText().equals("2023")) {
                value2023 = o.get("value").asDouble();
            }
        }
        assertThat(pak.get("value").asDouble()).isEqualTo(value2024);
        assertThat(pak.get("growth_pct").asDouble())
                .isCloseTo((value2024 / value2023 - 1) * 100, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(pak.get("world_rank").asInt())
                .isLessThanOrEqualTo(r.get("economies_ranked").asInt());
        int previous = 0;
        for (JsonNode e : r.get("economies")) {
            assertThat(e.get("peer_rank").asInt()).isEqualTo(previous + 1);
            previous++;
        }
    }

    @Test
    void chosen_countries_a_year_and_bad_input() throws Exception {
        JsonNode r = PulseRun.json(home, "peers", "--countries", "ind,bgd", "--year", "2023", "--format", "json");
        assertThat(r.get("year").asInt()).isEqualTo(2023);
        assertThat(r.get("economies")).hasSize(3);
        PulseRun table = PulseRun.in(home, "peers");
        assertThat(table.out()).contains("* PAK  Pakistan");
        PulseRun early = PulseRun.in(home, "peers", "--year", "1950");
        assertThat(early.exitCode()).isEqualTo(2);
        assertThat(early.err()).contains("wdi.ict_exports.pak has no value for 1950");
        PulseRun aggregate = PulseRun.in(home, "peers", "--countries", "WLD");
        assertThat(aggregate.exitCode()).isEqualTo(2);
        assertThat(aggregate.err()).contains("WLD is an aggregate");
    }
}
