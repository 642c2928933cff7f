package org.exportpulse.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.exportpulse.check.ClaimChecker;
import org.exportpulse.check.SubjectLexicon;
import org.exportpulse.core.derive.DerivedMonthsSource;
import org.exportpulse.core.figures.HeadlineFiguresKernel;
import org.exportpulse.core.forecast.SeriesForecast;
import org.exportpulse.core.peers.PeersKernel;
import org.exportpulse.core.peers.PeersSpec;
import org.exportpulse.core.series.Frequency;
import org.exportpulse.core.series.Observation;
import org.exportpulse.core.series.ObservationSource;
import org.exportpulse.core.series.Series;
import org.exportpulse.core.series.Unit;
import org.exportpulse.core.series.VintageSource;
import org.exportpulse.core.testkit.InMemorySource;
import org.exportpulse.core.testkit.LastValueForecaster;
import org.exportpulse.core.time.CalendarYear;
import org.exportpulse.core.time.FiscalCalendar;
import org.exportpulse.core.time.Period;
import org.exportpulse.core.transform.SeriesTransforms;
import org.exportpulse.core.transform.Transform;
import org.junit.jupiter.api.Test;

/** Every JSON shape of docs/contracts.md, written from results computed on a small in-memory source. */
class JsonShapesTest {

    private static final String IT = "xx.ict.exports";

    /** 2023-07 … 2025-12 at 100 + i, June 2025 missing but derivable from the FY25 total; goods for shares. */
    private static InMemorySource data() {
        Integer[] months = new Integer[30];
        for (int i = 0; i < months.length; i++) {
            months[i] = 100 + i;
        }
        months[23] = null; // 2025-06
        InMemorySource s = new InMemorySource()
                .monthly(IT, Unit.USD_MILLION, "xx.goods.exports")
                .values(IT, "2023-07", months)
                .add(IT + ".fy", Unit.USD_MILLION, Frequency.FISCAL_YEAR, "")
                .value(IT + ".fy", Period.parse("FY2025", FiscalCalendar.JULY_TO_JUNE), "1500")
                .monthly("xx.goods.exports", Unit.USD_MILLION, "")
                .values("xx.goods.exports", "2025-12", 1290);
        for (String code : List.of("xxa", "xxb")) {
            s.yearly("wdi.x." + code, code.toUpperCase() + ": ICT service exports", "an economy");
            for (int y = 2018; y <= 2024; y++) {
                s.value("wdi.x." + code, CalendarYear.of(y), Integer.toString(code.equals("xxa") ? 100 + y : 50 + y));
            }
        }
        return s;
    }

    private static List<String> keys(JsonNode n) {
        List<String> keys = new ArrayList<>();
        n.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    @Test
    void figures_carry_every_comparison_and_their_inputs() {
        ObservationSource source = DerivedMonthsSource.over(data());
        JsonNode f = FiguresJson.of(HeadlineFiguresKernel.of(source).compute(IT, YearMonth.of(2025, 12)));
        assertThat(keys(f))
                .contains(
                        "series",
                        "period",
                        "unit",
                        "value",
                        "status",
                        "vintage",
                        "previous",
                        "records",
                        "streaks",
                        "share",
                        "missing",
                        "inputs");
        assertThat(f.get("value").asInt()).isEqualTo(129);
        assertThat(keys(f.get("previous"))).containsExactly("period", "value", "change", "pct");
        assertThat(f.get("share").get(0).get("denominator").asText()).isEqualTo("xx.goods.exports");
        assertThat(f.get("share").get(0).get("pct").asDouble()).isEqualTo(10.0);
        assertThat(f.get("inputs")).isNotEmpty();
        assertThat(keys(f.get("inputs").get(0)))
                .contains("series", "period", "vintage", "status", "public_by", "sources");
    }

    @Test
    void observations_and_derivations_show_the_arithmetic() {
        ObservationSource source = DerivedMonthsSource.over(data());
        Series it = source.series(IT).orElseThrow();
        List<Observation> values = source.currentObservations(IT);
        JsonNode list = ObservationJson.list(it, "observations", values);
        assertThat(list.get("series").asText()).isEqualTo(IT);
        assertThat(list.get("unit").asText()).isEqualTo("USD million");
        Observation june = values.stream()
                .filter(o -> o.period().code().equals("2025-06"))
                .findFirst()
                .orElseThrow();
        JsonNode derived = ObservationJson.of(june);
        assertThat(derived.get("status").asText()).isEqualTo("derived");
        JsonNode d = DerivationJson.of(june.derivation());
        assertThat(keys(d)).containsExactly("rule", "arithmetic", "inputs");
        assertThat(d.get("inputs")).hasSize(12);
        assertThat(keys(d.get("inputs").get(0))).containsExactly("series", "period", "vintage", "value", "sign");
        assertThat(keys(SeriesJson.of(it)))
                .containsExactly(
                        "id",
                        "title",
                        "unit",
                        "frequency",
                        "kind",
                        "fiscal_year_start",
                        "publisher",
                        "definition",
                        "share_of");
    }

    @Test
    void computed_values_name_their_transform_and_write_missing_as_null() {
        ObservationSource source = data();
        JsonNode c = ComputedJson.of(
                IT, "pc1", "percent", SeriesTransforms.of(source).transform(IT, Transform.parse("pc1")));
        assertThat(c.get("transform").asText()).isEqualTo("pc1");
        JsonNode first = c.get("observations").get(0);
        assertThat(first.get("value").isNull()).as("no year-ago value").isTrue();
        assertThat(c.get("observations").get(12).get("value").asDouble()).isGreaterThan(0);
    }

    @Test
    void a_forecast_lists_each_period_with_its_bounds() {
        JsonNode f = ForecastJson.of(
                SeriesForecast.of(DerivedMonthsSource.over(data()), IT, new LastValueForecaster(), 3, List.of(80, 95)));
        assertThat(keys(f)).contains("series", "method", "model", "span", "horizon", "levels", "forecasts");
        assertThat(f.get("span").get("first").asText())
                .as("the derived June joins the run")
                .isEqualTo("2023-07");
        assertThat(f.get("span").get("months").asInt()).isEqualTo(30);
        assertThat(f.get("forecasts")).hasSize(3);
        assertThat(keys(f.get("forecasts").get(0)))
                .containsExactly("period", "mean", "lower80", "upper80", "lower95", "upper95");
        assertThat(f.get("forecasts").get(0).get("period").asText()).isEqualTo("2026-01");
    }

    @Test
    void peers_rank_the_economies_and_say_which_is_highlighted() {
        ObservationSource source = data();
        List<Series> all = List.of(
                source.series("wdi.x.xxa").orElseThrow(),
                source.series("wdi.x.xxb").orElseThrow());
        JsonNode p = PeersJson.of(PeersKernel.of(source, all).compute(PeersSpec.of(List.of("XXA"), "XXB", "wdi.x.")));
        assertThat(p.get("year").asInt()).isEqualTo(2024);
        assertThat(p.get("economies")).hasSize(2);
        assertThat(p.get("economies").get(0).get("code").asText()).isEqualTo("XXA");
        assertThat(p.get("economies").get(1).get("highlighted").asBoolean()).isTrue();
        assertThat(keys(p.get("economies").get(0)))
                .contains(
                        "code",
                        "name",
                        "series",
                        "value",
                        "vintage",
                        "growth_pct",
                        "growth_5y_pct",
                        "peer_rank",
                        "world_rank",
                        "highlighted");
    }

    @Test
    void a_check_report_gives_each_claim_its_verdict_and_sources() {
        SubjectLexicon lexicon = SubjectLexicon.of(List.of(new SubjectLexicon.Entry("IT exports", IT, false)));
        ClaimChecker checker = ClaimChecker.of(data(), VintageSource.none(), lexicon);
        JsonNode r = CheckJson.of(
                checker.check("IT exports were $129 million in December 2025.", LocalDate.of(2026, 1, 20)));
        assertThat(r.get("date").asText()).isEqualTo("2026-01-20");
        JsonNode claim = r.get("claims").get(0);
        assertThat(keys(claim))
                .containsExactly(
                        "text",
                        "span",
                        "series",
                        "period",
                        "kind",
                        "claimed",
                        "actual",
                        "verdict",
                        "explanation",
                        "sources");
        assertThat(claim.get("verdict").asText()).isEqualTo("supported");
        assertThat(claim.get("span").get(0).asInt()).isEqualTo(16);
    }
}
