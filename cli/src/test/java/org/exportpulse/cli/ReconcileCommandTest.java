package org.exportpulse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code pulse reconcile} on the bundled data. */
class ReconcileCommandTest {

    @TempDir
    Path home;

    private JsonNode reconcile() throws Exception {
        PulseRun run = PulseRun.in(home, "reconcile", "pk.ict.exports", "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        return new ObjectMapper().readTree(run.out());
    }

    @Test
    void lists_published_totals_that_the_months_do_not_add_up_to() throws Exception {
        JsonNode r = reconcile();
        List<String> periods = new ArrayList<>();
        r.get("totals").forEach(t -> periods.add(t.get("period").asText()));
        // 5MFY25 was first published as 1530 with November's first release (324); its revision to
        // 1518 (bundle README, 2026-12-03) matches the revised months (1516), so only 8MFY26 is left
        assertThat(periods).as("totals beyond rounding").containsExactly("2025-07/2026-02");
        JsonNode feb = r.get("totals").get(0);
        assertThat(feb.get("published").decimalValue()).isEqualByComparingTo("2970");
        assertThat(feb.get("sum_of_months").decimalValue()).isEqualByComparingTo("2975");
        assertThat(feb.get("tolerance").decimalValue()).isEqualByComparingTo("4.5");
    }

    @Test
    void lists_every_reference_month_the_engine_computes_differently_with_both_derivations() throws Exception {
        JsonNode reference = reconcile().get("reference");
        List<String> periods = new ArrayList<>();
        reference.forEach(m -> periods.add(m.get("period").asText()));
        assertThat(periods).containsExactly("2019-06", "2019-11", "2020-06", "2020-08", "2021-05", "2023-04");
        JsonNode apr2023 = reference.get(5);
        assertThat(apr2023.get("reference").decimalValue()).isEqualByComparingTo("190");
        assertThat(apr2023.get("reference_arithmetic").asText()).contains("mixed vintages");
        assertThat(apr2023.at("/engine/value").decimalValue()).isEqualByComparingTo("181");
        assertThat(apr2023.at("/engine/derivation/rule").asText()).isEqualTo("fiscal_year_remainder");
        assertThat(reference.get(0).get("engine").isNull()).isTrue();
    }

    @Test
    void the_table_says_how_many_were_checked() {
        PulseRun run = PulseRun.in(home, "reconcile", "pk.ict.exports");
        assertThat(run.out()).contains("32 checked, 1 disagree beyond rounding", "engine: 181 derived by");
    }

    @Test
    void a_series_that_is_not_monthly_exits_2() {
        assertThat(PulseRun.in(home, "reconcile", "pk.ict.exports.fy").exitCode())
                .isEqualTo(ExitCodes.BAD_INPUT);
    }
}
