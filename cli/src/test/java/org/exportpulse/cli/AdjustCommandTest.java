package org.exportpulse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code pulse adjust} on the bundled data, and its bad input. */
class AdjustCommandTest {

    @TempDir
    Path home;

    @Test
    void the_flagship_series_is_adjusted_over_its_longest_run_with_derived_months() throws Exception {
        JsonNode r = PulseRun.json(home, "adjust", "pk.ict.exports", "--format", "json");
        assertThat(r.get("method").asText()).isEqualTo("x13");
        assertThat(r.get("spec").asText()).isEqualTo("RSA3");
        assertThat(r.at("/span/first").asText()).isEqualTo("2020-09");
        assertThat(r.at("/span/months").asInt()).isEqualTo(66);
        assertThat(r.get("span_note").asText()).contains("2020-07 to 2020-08 are missing");
        assertThat(r.get("derived_months").toString()).contains("2024-06", "2025-05");
        assertThat(r.get("values")).hasSize(66);
        JsonNode last = r.get("values").get(65);
        assertThat(last.get("period").asText()).isEqualTo("2026-02");
        assertThat(last.get("original").asDouble()).isEqualTo(365.0);
        boolean additive = r.get("mode").asText().equals("additive");
        double recomposed = additive
                ? last.get("seasonally_adjusted").asDouble()
                        + last.get("seasonal").asDouble()
                : last.get("seasonally_adjusted").asDouble()
                        * last.get("seasonal").asDouble();
        assertThat(recomposed).isCloseTo(365.0, org.assertj.core.api.Assertions.within(1e-6));
        assertThat(r.get("statistics").has("Q")).isTrue();
        assertThat(r.get("statistics").has("M7")).isTrue();
        assertThat(r.get("statistics").has("M8"))
                .as("not computed on 66 months")
                .isFalse();
        assertThat(r.get("notes").toString())
                .contains("M8-M11 not computed: they need six years (72 months), the span has 66");
    }

    @Test
    void eid_regressors_are_estimated_and_their_effect_leaves_the_adjusted_series() throws Exception {
        JsonNode plain = PulseRun.json(home, "adjust", "pk.ict.exports", "--format", "json");
        JsonNode eid = PulseRun.json(home, "adjust", "pk.ict.exports", "--eid", "--format", "json");

        assertThat(eid.get("regressors")).hasSize(2);
        assertThat(eid.at("/regressors/0/name").asText()).isEqualTo("Eid al-Fitr");
        assertThat(eid.at("/regressors/1/name").asText()).isEqualTo("Eid al-Adha");
        assertThat(eid.at("/regressors/0/source").asText()).startsWith("Umm al-Qura calendar");
        assertThat(eid.at("/regressors/0/t").asDouble()).isFinite().isNotZero();
        assertThat(plain.get("regressors")).isEmpty();
        boolean additive = eid.get("mode").asText().equals("additive");
        double largestCalendar = 0;
        for (JsonNode v : eid.get("values")) {
            double recomposed = additive
                    ? v.get("seasonally_adjusted").asDouble()
                            + v.get("seasonal").asDouble()
                            + v.get("calendar").asDouble()
                    : v.get("seasonally_adjusted").asDouble()
                            * v.get("seasonal").asDouble()
                            * v.get("calendar").asDouble();
            assertThat(recomposed)
                    .as(v.get("period").asText())
                    .isCloseTo(v.get("original").asDouble(), org.assertj.core.api.Assertions.within(1e-6));
            largestCalendar =
                    Math.max(largestCalendar, Math.abs(v.get("calendar").asDouble() - (additive ? 0 : 1)));
        }
        assertThat(largestCalendar).as("the Eid effect moves some months").isGreaterThan(1e-3);
        for (JsonNode v : plain.get("values")) {
            assertThat(v.get("calendar").asDouble())
                    .isCloseTo(additive ? 0 : 1, org.assertj.core.api.Assertions.within(1e-9));
        }
        PulseRun table = PulseRun.in(home, "adjust", "pk.ict.exports", "--eid");
        assertThat(table.out()).contains("CALENDAR").contains("Regressor Eid al-Fitr: coefficient");
    }

    @Test
    void tramo_seats_and_a_named_spec_are_accepted() throws Exception {
        JsonNode r = PulseRun.json(
                home, "adjust", "pk.ict.exports", "--method", "tramoseats", "--spec", "rsafull", "--format", "json");
        assertThat(r.get("method").asText()).isEqualTo("tramoseats");
        assertThat(r.get("spec").asText()).isEqualTo("RSAfull");
        PulseRun csv = PulseRun.in(home, "adjust", "pk.ict.exports", "--format", "csv");
        assertThat(csv.out())
                .startsWith(
                        "period,original,seasonally_adjusted,trend,seasonal,irregular,calendar,seasonal_factor,derived");
        PulseRun table = PulseRun.in(home, "adjust", "pk.ict.exports");
        assertThat(table.out()).contains("Span: 2020-09 to 2026-02 (66 consecutive months");
    }

    @Test
    void bad_input_gets_a_clear_error() {
        PulseRun shortRun = PulseRun.in(home, "adjust", "pk.pbs.goods.exports");
        assertThat(shortRun.exitCode()).isEqualTo(2);
        assertThat(shortRun.err()).contains("longest run of consecutive months is", "needs at least 36");
        PulseRun yearly = PulseRun.in(home, "adjust", "pk.ict.exports.fy");
        assertThat(yearly.exitCode()).isEqualTo(2);
        assertThat(yearly.err()).contains("needs a monthly series");
        PulseRun method = PulseRun.in(home, "adjust", "pk.ict.exports", "--method", "stl");
        assertThat(method.exitCode()).isEqualTo(2);
        assertThat(method.err()).contains("method stl is not known (expected x13 or tramoseats)");
        PulseRun spec = PulseRun.in(home, "adjust", "pk.ict.exports", "--spec", "RSAfull");
        assertThat(spec.exitCode()).isEqualTo(2);
        assertThat(spec.err()).contains("spec RSAfull is not a x13 preset");
        PulseRun unknown = PulseRun.in(home, "adjust", "xx.nope");
        assertThat(unknown.exitCode()).isEqualTo(3);
    }
}
