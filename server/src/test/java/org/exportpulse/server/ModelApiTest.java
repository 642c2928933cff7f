package org.exportpulse.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code GET /api/series/{id}/adjusted} and {@code /forecast} on the bundled data. */
class ModelApiTest {

    @RegisterExtension
    static final ServerForClass SERVER = new ServerForClass();

    private static HttpResponse<String> get(String path) throws Exception {
        return SERVER.server().get(path);
    }

    @Test
    void the_adjusted_series_is_the_json_of_pulse_adjust() throws Exception {
        JsonNode r = new ObjectMapper()
                .readTree(get("/api/series/pk.ict.exports/adjusted").body());
        assertThat(r.get("spec").asText()).isEqualTo("RSA3");
        assertThat(r.at("/span/months").asInt()).isEqualTo(66);
        assertThat(r.get("values")).hasSize(66);
        assertThat(r.get("regressors")).isEmpty();
        JsonNode eid = new ObjectMapper()
                .readTree(get("/api/series/pk.ict.exports/adjusted?eid=true").body());
        assertThat(eid.at("/regressors/0/name").asText()).isEqualTo("Eid al-Fitr");
        assertThat(eid.at("/regressors/1/coefficient").isNumber()).isTrue();
    }

    @Test
    void the_outlook_is_the_json_of_pulse_outlook_and_defaults_to_the_latest_fiscal_year() throws Exception {
        JsonNode r = new ObjectMapper()
                .readTree(get("/api/series/pk.ict.exports/outlook?target=4200").body());
        assertThat(r.get("fiscal_year").asText()).isEqualTo("FY26");
        assertThat(r.get("actual_total").asDouble()).isEqualTo(2975.0);
        assertThat(r.at("/target/value").asDouble()).isEqualTo(4200.0);
        assertThat(get("/api/series/pk.ict.exports/outlook?fiscal_year=FY25").body())
                .contains("\"paths\":0");
        HttpResponse<String> future = get("/api/series/pk.ict.exports/outlook?fiscal_year=FY30");
        assertThat(future.statusCode()).isEqualTo(400);
        assertThat(future.body()).contains("FY30 has no data yet");
        assertThat(get("/api/series/pk.ict.exports/outlook?target=lots").body())
                .contains("target lots is not a number");
        assertThat(get("/api/series/pk.none/outlook").statusCode()).isEqualTo(404);
    }

    @Test
    void ranking_and_peers_are_the_json_of_their_commands() throws Exception {
        JsonNode ranking = new ObjectMapper().readTree(get("/api/ranking").body());
        assertThat(ranking.get("fiscal_year").asText()).isEqualTo("FY25");
        assertThat(ranking.get("crossovers").size())
                .isEqualTo(ranking.get("categories").size() - 1);
        JsonNode peers =
                new ObjectMapper().readTree(get("/api/peers?countries=IND,BGD").body());
        assertThat(peers.get("economies")).hasSize(3);
        assertThat(get("/api/peers?year=1950").statusCode()).isEqualTo(400);
        assertThat(get("/api/ranking?window=x").statusCode()).isEqualTo(400);
    }

    @Test
    void the_default_forecast_is_the_combination() throws Exception {
        JsonNode r = new ObjectMapper()
                .readTree(get("/api/series/pk.ict.exports/forecast?horizon=2").body());
        assertThat(r.get("method").asText()).isEqualTo("auto");
        assertThat(r.get("model").asText()).contains("ETS(").contains("ARIMA(").endsWith("theta");
    }

    @Test
    void adjusted_forecast_and_history_values_come_as_csv_and_xlsx_too() throws Exception {
        JsonNode adjusted = new ObjectMapper()
                .readTree(get("/api/series/pk.ict.exports/adjusted").body());
        List<String> csv = get("/api/series/pk.ict.exports/adjusted?format=csv")
                .body()
                .lines()
                .toList();
        assertThat(csv.get(0))
                .isEqualTo(
                        "period,original,seasonally_adjusted,trend,seasonal,irregular,calendar,seasonal_factor,derived");
        assertThat(csv).hasSize(1 + adjusted.get("values").size());
        assertThat(csv.get(1)).startsWith(adjusted.at("/values/0/period").asText() + ",");
        double sa = Double.parseDouble(csv.get(1).split(",")[2]);
        assertThat(sa).isEqualTo(adjusted.at("/values/0/seasonally_adjusted").asDouble(), within(1e-9));

        JsonNode forecast = new ObjectMapper()
                .readTree(get("/api/series/pk.ict.exports/forecast?horizon=3&method=snaive&level=90")
                        .body());
        List<String> fc = get("/api/series/pk.ict.exports/forecast?horizon=3&method=snaive&level=90&format=csv")
                .body()
                .lines()
                .toList();
        assertThat(fc).hasSize(4);
        assertThat(fc.get(0)).isEqualTo("period,mean,lower90,upper90");
        assertThat(Double.parseDouble(fc.get(1).split(",")[1]))
                .isEqualTo(forecast.at("/forecasts/0/mean").asDouble(), within(1e-9));

        HttpResponse<byte[]> xlsx = SERVER.server()
                .send(
                        HttpRequest.newBuilder(SERVER.server().uri("/api/series/pk.ict.exports/forecast?horizon=2"))
                                .header("Accept", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(xlsx.statusCode()).isEqualTo(200);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            assertThat(book.getSheetAt(0).getRow(1).getCell(1).getNumericCellValue())
                    .isPositive();
        }
        HttpResponse<byte[]> adjustedXlsx = SERVER.server()
                .send(
                        HttpRequest.newBuilder(SERVER.server().uri("/api/series/pk.ict.exports/adjusted?format=xlsx")),
                        HttpResponse.BodyHandlers.ofByteArray());
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(adjustedXlsx.body()))) {
            assertThat(book.getSheetAt(0).getRow(1).getCell(8).getBooleanCellValue())
                    .isFalse();
        }

        List<String> history = get("/api/series/pk.ict.exports/history?period=2022-08&format=csv")
                .body()
                .lines()
                .toList();
        assertThat(history.get(0)).startsWith("series,period,value,unit,status,vintage");
        assertThat(history.subList(1, history.size()))
                .extracting(l -> l.split(",")[2])
                .containsExactly("227", "228");
        assertThat(get("/api/series/pk.ict.exports/forecast?format=sdmx-csv").statusCode())
                .isEqualTo(400);
    }

    @Test
    void figures_outlook_ranking_and_peers_come_as_csv_too() throws Exception {
        JsonNode figures = new ObjectMapper()
                .readTree(
                        get("/api/series/pk.ict.exports/figures?period=2025-12").body());
        List<String> fields = get("/api/series/pk.ict.exports/figures?period=2025-12&format=csv")
                .body()
                .lines()
                .toList();
        assertThat(fields.get(0)).isEqualTo("field,value");
        assertThat(fields)
                .contains("/value," + figures.get("value").decimalValue().toPlainString());
        assertThat(fields.stream().filter(l -> l.startsWith("/period,"))).containsExactly("/period,2025-12");

        JsonNode peers = new ObjectMapper().readTree(get("/api/peers?year=2023").body());
        List<String> economies =
                get("/api/peers?year=2023&format=csv").body().lines().toList();
        assertThat(economies.get(0)).startsWith("code,name,series,value,vintage,growth_pct");
        assertThat(economies).hasSize(1 + peers.get("economies").size());
        assertThat(economies.get(1)).startsWith(peers.at("/economies/0/code").asText() + ",");

        JsonNode ranking = new ObjectMapper().readTree(get("/api/ranking").body());
        List<String> categories = get("/api/ranking?format=csv").body().lines().toList();
        assertThat(categories.get(0)).startsWith("series,name,value,rank,subject");
        assertThat(categories).hasSize(1 + ranking.get("categories").size());

        List<String> outlook = get("/api/series/pk.ict.exports/outlook?fiscal_year=FY25&format=csv")
                .body()
                .lines()
                .toList();
        assertThat(outlook).contains("/fiscal_year,FY25");
    }

    @Test
    void forecasts_take_horizon_method_and_levels() throws Exception {
        JsonNode r = new ObjectMapper()
                .readTree(get("/api/series/pk.ict.exports/forecast?horizon=3&method=snaive&level=90")
                        .body());
        assertThat(r.get("method").asText()).isEqualTo("snaive");
        assertThat(r.get("forecasts")).hasSize(3);
        assertThat(r.get("forecasts").get(0).has("lower90")).isTrue();
    }

    @Test
    void bad_parameters_are_problems() throws Exception {
        assertThat(get("/api/series/pk.ict.exports/adjusted?eid=maybe").body())
                .contains("eid maybe is not true or false");
        HttpResponse<String> method = get("/api/series/pk.ict.exports/forecast?method=prophet");
        assertThat(method.statusCode()).isEqualTo(400);
        assertThat(method.body()).contains("method prophet is not known");
        assertThat(get("/api/series/pk.ict.exports/forecast?horizon=many").statusCode())
                .isEqualTo(400);
        assertThat(get("/api/series/pk.ict.exports/adjusted?spec=RSA9").statusCode())
                .isEqualTo(400);
        assertThat(get("/api/series/pk.pbs.goods.exports/adjusted").statusCode())
                .isEqualTo(400);
        assertThat(get("/api/series/nope/forecast").statusCode()).isEqualTo(404);
    }

    @Test
    void releases_say_what_the_store_lacks_against_the_calendar() throws Exception {
        HttpResponse<String> r = get("/api/releases?today=2026-12-03");
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode ict = new ObjectMapper().readTree(r.body()).get("series").get(0);
        assertThat(ict.get("series").asText()).isEqualTo("pk.ict.exports");
        assertThat(ict.get("latest_period").asText()).isEqualTo("2026-02");
        assertThat(ict.get("overdue")).hasSize(8);
        assertThat(ict.at("/next/period").asText()).isEqualTo("2026-11");
        assertThat(ict.at("/next/expected_by").asText()).isEqualTo("2026-12-23");
        assertThat(ict.at("/pattern/reports").asInt()).isEqualTo(19);
        HttpResponse<String> bad = get("/api/releases?today=December");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(bad.body()).contains("today December is not a date");
    }

    @Test
    void the_dashboard_says_how_current_the_series_is() throws Exception {
        String page =
                get("/?series=pk.ict.exports&period=2025-10&as_of=2026-03-01").body();
        assertThat(page)
                .contains(
                        "<p id=\"freshness\" role=\"status\"><strong>Freshness:</strong> data through December 2025, last updated 2026-01-20"
                                + " (source); next release: February 2026, expected 2026-03-16 to 2026-03-23.")
                .contains("<strong id=\"behind\">Behind: the release for January 2026 was expected by 2026-02-23 and is"
                        + " not in the store.</strong>");
        assertThat(get("/?series=pk.pbs.services.exports&period=2025-11").body())
                .doesNotContain("id=\"freshness\"");
    }
}
