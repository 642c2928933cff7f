package org.exportpulse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code pulse figures} on the bundled data, checked against the figures the publishers printed. */
class FiguresCommandTest {

    @TempDir
    Path home;

    private JsonNode json(String... args) throws Exception {
        return PulseRun.json(home, args);
    }

    @Test
    void december_2025_matches_the_published_figures_digit_for_digit() throws Exception {
        JsonNode f = json("figures", "pk.ict.exports", "--period", "2025-12", "--format", "json");
        assertThat(f.get("series").asText()).isEqualTo("pk.ict.exports");
        assertThat(f.get("unit").asText()).isEqualTo("USD million");
        assertThat(f.get("value").decimalValue()).isEqualByComparingTo("437");
        assertThat(f.get("status").asText()).isEqualTo("normal");
        assertThat(f.get("vintage").asInt()).isEqualTo(1);
        assertThat(f.at("/previous/period").asText()).isEqualTo("2025-11");
        assertThat(f.at("/previous/value").decimalValue()).isEqualByComparingTo("356");
        assertThat(f.at("/previous/change").decimalValue()).isEqualByComparingTo("81");
        assertThat(f.at("/previous/pct").decimalValue())
                .isBetween(new java.math.BigDecimal("22.7528"), new java.math.BigDecimal("22.7529"));
        assertThat(f.at("/year_ago/value").decimalValue()).isEqualByComparingTo("348");
        assertThat(f.at("/year_ago/pct").decimalValue())
                .isBetween(new java.math.BigDecimal("25.5747"), new java.math.BigDecimal("25.5748"));
        assertThat(f.at("/fytd/fiscal_year").asText()).isEqualTo("FY2026");
        assertThat(f.at("/fytd/span").asText()).isEqualTo("2025-07/2025-12");
        assertThat(f.at("/fytd/value").decimalValue()).isEqualByComparingTo("2236");
        assertThat(f.at("/fytd/year_ago_value").decimalValue()).isEqualByComparingTo("1864");
        assertThat(f.at("/fytd/change").decimalValue()).isEqualByComparingTo("372");
        assertThat(f.at("/fytd/pct").decimalValue().setScale(1, java.math.RoundingMode.HALF_UP))
                .isEqualByComparingTo("20.0");
        assertThat(f.at("/fytd/published").decimalValue()).isEqualByComparingTo("2236");
        assertThat(f.at("/fytd/year_ago_published").decimalValue()).isEqualByComparingTo("1864");
    }

    @Test
    void months_no_source_published_are_derived_from_published_totals_and_flagged() throws Exception {
        JsonNode f = json("figures", "pk.ict.exports", "--period", "2025-12", "--format", "json");
        assertThat(f.at("/r12/span").asText()).isEqualTo("2025-01/2025-12");
        assertThat(f.at("/r12/value").decimalValue()).isEqualByComparingTo("4182");
        assertThat(f.at("/r12/year_ago_value").decimalValue()).isEqualByComparingTo("3632");
        assertThat(f.at("/streaks/0/months").asInt()).isEqualTo(7);
        assertThat(f.at("/streaks/0/since").asText()).isEqualTo("2025-06");
        assertThat(f.at("/streaks/0/ended_by").asText()).isEqualTo("2025-05");
        assertThat(f.at("/streaks/0/ended_because").asText()).isEqualTo("not_above");
        JsonNode may = null;
        for (JsonNode input : f.get("inputs")) {
            if (input.get("period").asText().equals("2025-05")) {
                may = input;
            }
        }
        assertThat(may).isNotNull();
        assertThat(may.get("status").asText()).isEqualTo("derived");
        assertThat(may.at("/derivation/rule").asText()).isEqualTo("fiscal_year_remainder");
        assertThat(may.at("/derivation/inputs/0/series").asText()).isEqualTo("pk.ict.exports.fy");
        assertThat(may.at("/derivation/inputs/0/value").decimalValue()).isEqualByComparingTo("3810");
        assertThat(may.at("/derivation/inputs").size()).isEqualTo(12);
    }

    @Test
    void inputs_still_missing_are_reported_not_guessed() throws Exception {
        JsonNode f = json("figures", "pk.ict.exports", "--period", "2025-12", "--format", "json");
        assertThat(f.get("missing").toString()).contains("pk.pbs.services.exports 2025-12");
        assertThat(f.at("/share/0/denominator").asText()).isEqualTo("pk.pbs.goods.exports+pk.pbs.services.exports");
        assertThat(f.at("/share/0/pct").isNull()).isTrue();
        assertThat(f.at("/share/0/missing/0").asText()).isEqualTo("pk.pbs.services.exports 2025-12");
    }

    @Test
    void december_2025_is_an_all_time_high_over_the_stored_history() throws Exception {
        JsonNode f = json("figures", "pk.ict.exports", "--period", "2025-12", "--format", "json");
        assertThat(f.at("/records/0/kind").asText()).isEqualTo("all_time_high");
        assertThat(f.at("/records/0/since").asText()).as("first month, derived").isEqualTo("2019-10");
        assertThat(f.at("/records/0/previous_high/period").asText()).isEqualTo("2025-10");
        assertThat(f.at("/records/0/previous_high/value").decimalValue()).isEqualByComparingTo("386");
    }

    @Test
    void every_input_names_its_vintage_and_source() throws Exception {
        JsonNode f = json("figures", "pk.ict.exports", "--period", "2025-12", "--format", "json");
        JsonNode first = f.get("inputs").get(0);
        assertThat(first.get("series").asText()).isEqualTo("pk.ict.exports");
        assertThat(first.get("period").asText()).isEqualTo("2025-12");
        assertThat(first.get("vintage").asInt()).isEqualTo(1);
        assertThat(first.get("source").asText()).isEqualTo("https://www.arabnews.pk/node/2629942/pakistan");
        assertThat(f.get("inputs").findValuesAsText("period")).contains("2025-07/2025-12", "2024-07/2024-12");
    }

    @Test
    void the_revised_value_is_the_one_used() throws Exception {
        JsonNode f = json("figures", "pk.ict.exports", "--period", "2025-11", "--format", "json");
        assertThat(f.at("/year_ago/period").asText()).isEqualTo("2024-11");
        assertThat(f.at("/year_ago/value").decimalValue()).isEqualByComparingTo("310");
    }

    @Test
    void the_table_writes_numbers_as_the_profession_does() {
        PulseRun run = PulseRun.in(home, "figures", "pk.ict.exports", "--period", "2025-12");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .contains("$437 million")
                .contains("+22.8%")
                .contains("+25.6%")
                .contains("$2.24 billion, +20.0% vs $1.86 billion")
                .contains("$4.18 billion, +15.1% vs $3.63 billion");
    }

    @Test
    void the_table_says_how_current_the_series_is_against_its_release_calendar() {
        PulseRun today = PulseRun.in(home, "figures", "pk.ict.exports", "--period", "2025-12");
        assertThat(today.out())
                .as("on the test clock's 2026-03-01 February is the latest release")
                .contains("Freshness            data through February 2026, last updated 2026-11-28 (compiled);"
                        + " next release: March 2026, expected 2026-04-16 to 2026-04-23")
                .doesNotContain("Behind");
        PulseRun asOf = PulseRun.in(home, "figures", "pk.ict.exports", "--period", "2025-10", "--as-of", "2026-01-25");
        assertThat(asOf.out())
                .contains("Freshness            data through December 2025, last updated 2026-01-20 (source);"
                        + " next release: January 2026, expected 2026-02-16 to 2026-02-23");
        PulseRun late = PulseRun.in(home, "figures", "pk.ict.exports", "--period", "2025-10", "--as-of", "2026-03-01");
        assertThat(late.out())
                .contains("Behind               the release for January 2026 was expected by 2026-02-23 and is not in"
                        + " the store");
        PulseRun later = PulseRun.in(home, "figures", "pk.ict.exports", "--period", "2025-10", "--as-of", "2026-03-25");
        assertThat(later.out())
                .contains("Behind               the releases for January 2026 to February 2026 were expected by"
                        + " 2026-02-23 to 2026-03-23 and are not in the store");
        PulseRun noCalendar = PulseRun.in(home, "figures", "pk.pbs.services.exports", "--period", "2025-11");
        assertThat(noCalendar.out()).doesNotContain("Freshness");
    }

    @Test
    void without_a_period_the_latest_month_is_used() throws Exception {
        JsonNode f = json("figures", "pk.ict.exports", "--format", "json");
        assertThat(f.get("period").asText()).isEqualTo("2026-02");
    }

    @Test
    void the_first_use_loads_the_bundle_and_says_so_once() {
        PulseRun first = PulseRun.in(home, "figures", "pk.ict.exports");
        PulseRun second = PulseRun.in(home, "figures", "pk.ict.exports");
        assertThat(first.err()).contains("loaded the bundled data (308 series, 6769 values)");
        assertThat(second.err()).isEmpty();
        assertThat(second.out()).isEqualTo(first.out());
    }
}
