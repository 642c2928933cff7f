package org.exportpulse.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.exportpulse.core.ranking.ExportRanking;
import org.exportpulse.core.ranking.ExportRanking.Crossover;
import org.exportpulse.core.ranking.ExportRanking.Outcome;
import org.exportpulse.core.time.FiscalCalendar;
import org.exportpulse.core.time.FiscalYear;
import org.junit.jupiter.api.Test;

/** The ranking's words and JSON are written from its typed values. */
class RankingWordsTest {

    private static FiscalYear fy(int endYear) {
        return FiscalCalendar.JULY_TO_JUNE.fiscalYear(endYear);
    }

    private static ExportRanking ranking(String forecastMethod) {
        List<ExportRanking.Row> rows = List.of(
                new ExportRanking.Row("big.fy", "big", 5000, 1, 2.0, 2.5, fy(2022), false),
                new ExportRanking.Row("it.fy", "IT", 3000, 2, 10.0, 12.0, fy(2022), true),
                new ExportRanking.Row("food.fy", "food", 2000, 3, -1.0, Double.NaN, fy(2025), false));
        List<Crossover> crossovers = List.of(
                new Crossover("big.fy", "big", Outcome.CROSSES, fy(2030), 5700, 5656.5),
                new Crossover("big.fy", "big", Outcome.NOT_WITHIN, null, Double.NaN, Double.NaN),
                new Crossover("food.fy", "food", Outcome.ALREADY_ABOVE, fy(2025), Double.NaN, Double.NaN),
                new Crossover("food.fy", "food", Outcome.NOT_ENOUGH_HISTORY, null, Double.NaN, Double.NaN));
        return new ExportRanking(
                fy(2025),
                rows,
                List.of(new ExportRanking.PathYear(fy(2025), 3000, 0), new ExportRanking.PathYear(fy(2035), 9000, 12)),
                crossovers,
                new ExportRanking.Assumptions(
                        1, "IT exports", forecastMethod, forecastMethod == null ? null : "ETS(M,A,M)", 10));
    }

    @Test
    void each_outcome_reads_from_its_values() {
        ExportRanking r = ranking("ets");
        assertThat(r.crossovers().stream().map(c -> RankingWords.explanation(r, c)))
                .containsExactly(
                        "passes it in FY30 if big grows +2.5% a year (its compound growth FY22 to FY25)",
                        "not within 10 years (to FY35) if big grows +2.5% a year (FY22 to FY25)",
                        "already above in FY25",
                        "not enough history: food has no total before FY25, so its growth cannot be estimated");
    }

    @Test
    void assumptions_name_the_window_the_path_and_the_search() {
        assertThat(RankingWords.assumptions(ranking("ets")))
                .containsExactly(
                        "each category grows every year at its compound growth over the window shown (up to 1 year"
                                + " before FY25)",
                        "IT exports follows the ets forecast of its monthly series (ETS(M,A,M)), summed into fiscal"
                                + " years (actual months where reported)",
                        "crossovers are looked for up to 10 fiscal years after FY25 or as far as the forecasts reach");
        assertThat(RankingWords.assumptions(ranking(null)).get(1)).startsWith("IT exports follows no forecasts,");
    }

    @Test
    void the_json_keeps_its_documented_shape() {
        JsonNode json = RankingJson.of(ranking("ets"));
        assertThat(json.get("fiscal_year").asText()).isEqualTo("FY25");
        assertThat(json.get("categories").get(2).get("compound_growth_pct").isNull())
                .isTrue();
        JsonNode crosses = json.get("crossovers").get(0);
        assertThat(crosses.get("outcome").asText()).isEqualTo("crosses");
        assertThat(crosses.get("fiscal_year").asText()).isEqualTo("FY30");
        assertThat(crosses.get("explanation").asText()).startsWith("passes it in FY30");
        assertThat(json.get("crossovers").get(1).get("fiscal_year").isNull()).isTrue();
        assertThat(json.get("crossovers").get(1).get("subject_total").isNull()).isTrue();
        assertThat(json.get("assumptions")).hasSize(3);
        assertThat(json.get("subject_path").get(1).get("forecast_months").asInt())
                .isEqualTo(12);
    }
}
