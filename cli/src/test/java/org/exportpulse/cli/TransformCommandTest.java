package org.exportpulse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code pulse show --transform / --aggregate} on the bundled data. */
class TransformCommandTest {

    @TempDir
    Path home;

    private JsonNode json(String... args) throws Exception {
        return PulseRun.json(home, args);
    }

    private static JsonNode at(JsonNode rows, String period) {
        for (JsonNode row : rows) {
            if (row.get("period").asText().equals(period)) {
                return row.get("value");
            }
        }
        throw new AssertionError("no row for " + period);
    }

    @Test
    void r12_and_fytd_match_the_headline_figures() throws Exception {
        JsonNode r12 = json("show", "pk.ict.exports", "--transform", "r12", "--format", "json")
                .get("observations");
        assertThat(at(r12, "2025-12").decimalValue()).isEqualByComparingTo("4182");
        assertThat(at(r12, "2024-12").decimalValue()).isEqualByComparingTo("3632");
        JsonNode fytd = json("show", "pk.ict.exports", "--transform", "fytd", "--format", "json")
                .get("observations");
        assertThat(at(fytd, "2025-12").decimalValue()).isEqualByComparingTo("2236");
        JsonNode pc1 = json("show", "pk.ict.exports", "--transform", "pc1", "--format", "json");
        assertThat(pc1.get("unit").asText()).isEqualTo("percent");
        assertThat(at(pc1.get("observations"), "2025-12").decimalValue()).isEqualByComparingTo("25.5747126437");
    }

    @Test
    void a_month_without_inputs_is_null_never_zero() throws Exception {
        JsonNode pc1 = json("show", "pk.ict.exports", "--transform", "pc1", "--format", "json")
                .get("observations");
        assertThat(at(pc1, "2020-09").isNull())
                .as("September 2019 is not known")
                .isTrue();
    }

    @Test
    void shares_take_another_series_as_denominator() throws Exception {
        JsonNode share = json(
                        "show", "pk.ict.exports", "--transform", "share:pk.bop.services.exports", "--format", "json")
                .get("observations");
        assertThat(at(share, "2023-12").decimalValue()).isEqualByComparingTo("41.4500683995"); // 303 / 731
    }

    @Test
    void aggregation_to_fiscal_years_sums_the_months() throws Exception {
        JsonNode fy = json("show", "pk.ict.exports", "--aggregate", "fiscal_year", "--format", "json");
        assertThat(fy.get("transform").asText()).isEqualTo("fiscal_year (sum)");
        assertThat(at(fy.get("observations"), "FY2025").decimalValue()).isEqualByComparingTo("3810");
        assertThat(at(fy.get("observations"), "FY2026").isNull())
                .as("incomplete year")
                .isTrue();
    }

    @Test
    void an_unknown_transform_or_denominator_is_refused() {
        assertThat(PulseRun.in(home, "show", "pk.ict.exports", "--transform", "yoy")
                        .exitCode())
                .isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(PulseRun.in(home, "show", "pk.ict.exports", "--transform", "share:pk.nothing")
                        .exitCode())
                .isEqualTo(ExitCodes.NOT_FOUND);
        assertThat(PulseRun.in(home, "show", "pk.ict.exports.fy", "--transform", "pc1")
                        .exitCode())
                .isEqualTo(ExitCodes.BAD_INPUT);
    }
}
