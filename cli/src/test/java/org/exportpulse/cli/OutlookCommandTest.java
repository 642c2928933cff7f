package org.exportpulse.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code pulse outlook} on the bundled data: every number traced to stored values or stated assumptions. */
class OutlookCommandTest {

    @TempDir
    Path home;

    @Test
    void the_fiscal_year_outlook_adds_simulated_months_to_the_reported_total() throws Exception {
        JsonNode o = PulseRun.json(
                home, "outlook", "pk.ict.exports", "--fiscal-year", "FY26", "--target", "4200", "--format", "json");
        JsonNode figures = PulseRun.json(home, "figures", "pk.ict.exports", "--period", "2026-02", "--format", "json");

        assertThat(o.get("fiscal_year").asText()).isEqualTo("FY26");
        assertThat(o.get("actual")).hasSize(8);
        assertThat(o.get("actual_total").asDouble())
                .isEqualTo(figures.at("/fytd/value").asDouble());
        double sum = 0;
        for (JsonNode m : o.get("actual")) {
            sum += m.get("value").asDouble();
        }
        assertThat(sum).isEqualTo(o.get("actual_total").asDouble());
        assertThat(o.get("remaining")).hasSize(4);
        assertThat(o.at("/remaining/0/period").asText()).isEqualTo("2026-03");
        assertThat(o.get("model").asText()).startsWith("ETS(").endsWith("2020-09 to 2026-02");
        assertThat(o.get("paths").asInt()).isEqualTo(10_000);
        JsonNode total = o.get("total");
        assertThat(total.get("lower95").asDouble())
                .isLessThan(total.get("lower80").asDouble());
        assertThat(total.get("lower80").asDouble())
                .isLessThan(total.get("median").asDouble());
        assertThat(total.get("upper95").asDouble())
                .isGreaterThan(total.get("upper80").asDouble());
        double remainingMeans = 0;
        for (JsonNode m : o.get("remaining")) {
            remainingMeans += m.get("mean").asDouble();
        }
        assertThat(total.get("mean").asDouble())
                .isCloseTo(o.get("actual_total").asDouble() + remainingMeans, within(1e-6));

        JsonNode target = o.get("target");
        assertThat(target.get("value").asDouble()).isEqualTo(4200);
        assertThat(target.get("required_monthly_average").asDouble())
                .isCloseTo((4200 - o.get("actual_total").asDouble()) / 4, within(1e-9));
        assertThat(target.get("probability_pct").asDouble()).isBetween(0.0, 100.0);
        assertThat(o.at("/last_year/name").asText()).isEqualTo("FY25");
        assertThat(o.at("/last_year/basis").asText()).isEqualTo("published FY25 total, pk.ict.exports.fy");
        JsonNode published = PulseRun.json(home, "show", "pk.ict.exports.fy", "--format", "json");
        double fy25 = Double.NaN;
        for (JsonNode row : published.get("observations")) {
            if (row.get("period").asText().equals("FY2025")) {
                fy25 = row.get("value").asDouble();
            }
        }
        assertThat(o.at("/last_year/value").asDouble()).isEqualTo(fy25);
        assertThat(o.get("assumptions").toString()).contains("10,000 simulated paths");

        PulseRun table = PulseRun.in(home, "outlook", "pk.ict.exports", "--fiscal-year", "2025-26", "--target", "4200");
        assertThat(table.out())
                .contains("Reported: 8 months, 2025-07 to 2026-02, total 2,975.0")
                .contains("Projected total:");
    }

    @Test
    void bad_requests_get_a_clear_answer_and_exit_2() {
        PulseRun future = PulseRun.in(home, "outlook", "pk.ict.exports", "--fiscal-year", "FY28");
        assertThat(future.exitCode()).isEqualTo(2);
        assertThat(future.err()).contains("FY28 has no data yet: pk.ict.exports ends 2026-02");
        PulseRun reached = PulseRun.in(home, "outlook", "pk.ict.exports", "--fiscal-year", "FY26", "--target", "1000");
        assertThat(reached.exitCode()).isZero();
        assertThat(reached.out()).contains("Target: 1,000.0, already reached by the reported months");
        PulseRun badYear = PulseRun.in(home, "outlook", "pk.ict.exports", "--fiscal-year", "next year");
        assertThat(badYear.exitCode()).isEqualTo(2);
        PulseRun unknown = PulseRun.in(home, "outlook", "pk.nothing", "--fiscal-year", "FY26");
        assertThat(unknown.exitCode()).isEqualTo(3);
    }
}
