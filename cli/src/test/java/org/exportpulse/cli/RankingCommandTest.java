package org.exportpulse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code pulse ranking} on the bundled PBS categories. */
class RankingCommandTest {

    @TempDir
    Path home;

    @Test
    void ranks_it_among_the_categories_with_crossovers_and_their_assumptions() throws Exception {
        JsonNode r = PulseRun.json(home, "ranking", "--format", "json");
        assertThat(r.get("fiscal_year").asText()).isEqualTo("FY25");
        JsonNode it = null;
        for (JsonNode c : r.get("categories")) {
            if (c.get("subject").asBoolean()) {
                it = c;
            }
        }
        assertThat(it).isNotNull();
        assertThat(it.get("series").asText()).isEqualTo("pk.ict.exports.fy");
        JsonNode fy = PulseRun.json(home, "show", "pk.ict.exports.fy", "--format", "json");
        double fy25 = Double.NaN;
        for (JsonNode o : fy.get("observations")) {
            if (o.get("period").asText().equals("FY2025")) {
                fy25 = o.get("value").asDouble();
            }
        }
        assertThat(it.get("value").asDouble()).isEqualTo(fy25);
        int above = 0;
        for (JsonNode c : r.get("categories")) {
            above += c.get("value").asDouble() > fy25 ? 1 : 0;
        }
        assertThat(it.get("rank").asInt()).isEqualTo(above + 1);
        boolean sawNoHistory = false;
        for (JsonNode c : r.get("crossovers")) {
            String outcome = c.get("outcome").asText();
            assertThat(outcome).isIn("already_above", "crosses", "not_within", "not_enough_history");
            if (outcome.equals("crosses")) {
                assertThat(c.get("subject_total").asDouble())
                        .isGreaterThan(c.get("category_total").asDouble());
                assertThat(c.get("explanation").asText()).contains("if ").contains("a year");
            }
            sawNoHistory |= outcome.equals("not_enough_history");
        }
        assertThat(sawNoHistory)
                .as("a category with one year has no growth to project")
                .isTrue();
        assertThat(r.at("/subject_path/0/fiscal_year").asText()).isEqualTo("FY25");
        assertThat(r.at("/subject_path/0/total").asDouble()).isEqualTo(fy25);
        assertThat(r.get("assumptions").toString()).contains("compound growth").contains("auto forecast");
    }

    @Test
    void bad_input_gets_a_clear_error() {
        PulseRun future = PulseRun.in(home, "ranking", "--fiscal-year", "FY40");
        assertThat(future.exitCode()).isEqualTo(2);
        assertThat(future.err()).contains("no FY40 total of pk.ict.exports");
        assertThat(PulseRun.in(home, "ranking", "--window", "0").exitCode()).isEqualTo(2);
        PulseRun table = PulseRun.in(home, "ranking");
        assertThat(table.out()).contains("Crossovers:").contains("* 4");
    }
}
