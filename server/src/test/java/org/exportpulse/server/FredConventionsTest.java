package org.exportpulse.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The observations endpoint called as FRED and ALFRED users call theirs, on a running server with
 * the bundled data. August 2022 was first published as 227 (by 2022-09-22) and revised to 228 (by
 * 2022-10-20).
 */
class FredConventionsTest {

    private static final String OBS = "/api/series/pk.ict.exports/observations";

    @RegisterExtension
    static final ServerForClass SERVER = new ServerForClass();

    private static HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(SERVER.server().uri(path));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return SERVER.server().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static JsonNode json(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return new ObjectMapper().readTree(response.body());
    }

    private static String problem(String path, int status, String... headers) throws Exception {
        HttpResponse<String> response = get(path, headers);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        return new ObjectMapper().readTree(response.body()).get("detail").asText();
    }

    @Test
    void a_real_time_period_of_one_day_gives_the_values_known_that_day() throws Exception {
        JsonNode then = json(OBS + "?realtime_start=2022-10-01&realtime_end=2022-10-01&observation_start=2022-08-01"
                + "&observation_end=2022-08-31");
        assertThat(then.get("count").asInt()).isEqualTo(1);
        assertThat(then.at("/observations/0/period").asText()).isEqualTo("2022-08");
        assertThat(then.at("/observations/0/value").decimalValue()).isEqualByComparingTo("227");
        JsonNode asOf = json(OBS + "?as_of=2022-10-01&from=2022-08&to=2022-08");
        assertThat(asOf.get("observations")).isEqualTo(then.get("observations"));
    }

    @Test
    void a_real_time_window_gives_every_vintage_valid_in_it_with_its_days() throws Exception {
        JsonNode window = json(OBS + "?realtime_start=2022-09-01&realtime_end=2022-12-31&from=2022-08&to=2022-08");
        assertThat(window.get("realtime_start").asText()).isEqualTo("2022-09-01");
        assertThat(window.get("observations"))
                .extracting(o -> o.get("value").decimalValue().toPlainString() + " "
                        + o.get("realtime_start").asText() + ".."
                        + o.get("realtime_end").asText())
                .containsExactly("227 2022-09-22..2022-10-19", "228 2022-10-20..2022-12-31");
        HttpResponse<String> csv =
                get(OBS + "?realtime_start=2022-09-01&realtime_end=2022-12-31&from=2022-08&to=2022-08" + "&format=csv");
        assertThat(csv.body().lines().toList())
                .containsExactly(
                        "period,value,vintage,public_by,realtime_start,realtime_end",
                        "2022-08,227,1,2022-09-22,2022-09-22,2022-10-19",
                        "2022-08,228,2,2022-10-20,2022-10-20,2022-12-31");
    }

    @Test
    void vintage_dates_are_the_distinct_release_dates_and_output_type_2_has_a_column_for_each() throws Exception {
        JsonNode dates = json("/api/series/pk.ict.exports/vintagedates");
        List<String> all = new ArrayList<>();
        dates.get("vintage_dates").forEach(d -> all.add(d.asText()));
        assertThat(all)
                .contains("2022-09-22", "2022-10-20")
                .doesNotHaveDuplicates()
                .isSorted();
        assertThat(dates.get("count").asInt()).isEqualTo(all.size());
        JsonNode window = json("/api/series/pk.ict.exports/vintagedates?realtime_start=2022-09-01"
                + "&realtime_end=2022-10-31&sort_order=desc");
        assertThat(window.get("vintage_dates")).extracting(JsonNode::asText).contains("2022-10-20", "2022-09-22");
        assertThat(window.get("vintage_dates"))
                .extracting(JsonNode::asText)
                .allMatch(d -> d.compareTo("2022-09-01") >= 0 && d.compareTo("2022-10-31") <= 0)
                .isSortedAccordingTo((a, b) -> b.compareTo(a));

        HttpResponse<String> wide = get(OBS + "?output_type=2&from=2022-08&to=2022-08&format=csv");
        List<String> lines = wide.body().lines().toList();
        List<String> header = List.of(lines.get(0).split(","));
        assertThat(header).first().isEqualTo("period");
        assertThat(header.subList(1, header.size())).isEqualTo(all);
        List<String> august = List.of(lines.get(1).split(",", -1));
        assertThat(august.get(0)).isEqualTo("2022-08");
        assertThat(august.get(header.indexOf("2022-09-22"))).isEqualTo("227");
        assertThat(august.get(header.indexOf("2022-10-20"))).isEqualTo("228");
        assertThat(august.get(1)).as("before August 2022 was published").isEmpty();
    }

    @Test
    void output_type_4_gives_first_releases() throws Exception {
        JsonNode first = json(OBS + "?output_type=4&from=2022-08&to=2022-08");
        assertThat(first.at("/observations/0/value").decimalValue()).isEqualByComparingTo("227");
        assertThat(first.at("/observations/0/vintage").asInt()).isEqualTo(1);
    }

    @Test
    void units_and_frequency_are_fred_names_of_transform_and_aggregate() throws Exception {
        HttpResponse<String> csv = get(OBS + "?units=pc1&format=csv&observation_start=2025-10-01");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValue("text/csv; charset=utf-8");
        JsonNode pc1 = json(OBS + "?transform=pc1&from=2025-10");
        List<String> expected = new ArrayList<>(List.of("series,period,value,unit,transform"));
        pc1.get("observations")
                .forEach(o -> expected.add("pk.ict.exports," + o.get("period").asText() + ","
                        + o.get("value").decimalValue().toPlainString() + ",percent,pc1"));
        assertThat(csv.body().lines().toList()).isEqualTo(expected).hasSizeGreaterThan(2);

        assertThat(json(OBS + "?frequency=q&units=lin").get("observations"))
                .isEqualTo(json(OBS + "?aggregate=quarter").get("observations"));
        JsonNode sum = json(OBS + "?frequency=q&aggregation_method=sum&from=2024-07&to=2025-06");
        JsonNode avg = json(OBS + "?frequency=q&aggregation_method=avg&from=2024-07&to=2025-06");
        assertThat(avg.get("transform").asText()).isEqualTo("quarter (average)");
        assertThat(sum.get("observations")).hasSize(4);
        for (int i = 0; i < 4; i++) {
            BigDecimal s = sum.at("/observations/" + i + "/value").decimalValue();
            BigDecimal a = avg.at("/observations/" + i + "/value").decimalValue();
            assertThat(a.multiply(BigDecimal.valueOf(3)).doubleValue()).isCloseTo(s.doubleValue(), within(1e-6));
        }
    }

    @Test
    void sort_order_limit_and_offset_page_the_rows_and_count_gives_them_all() throws Exception {
        JsonNode all = json(OBS);
        JsonNode page = json(OBS + "?sort_order=desc&limit=3&offset=1");
        int n = all.get("observations").size();
        assertThat(page.get("count").asInt()).isEqualTo(n);
        assertThat(page.get("limit").asInt()).isEqualTo(3);
        assertThat(page.get("observations")).hasSize(3);
        assertThat(page.at("/observations/0")).isEqualTo(all.at("/observations/" + (n - 2)));
        assertThat(page.at("/observations/2")).isEqualTo(all.at("/observations/" + (n - 4)));
    }

    @Test
    void the_accept_header_chooses_the_format_and_406_when_none_fits() throws Exception {
        HttpResponse<String> csv = get(OBS + "?from=2025-12&to=2025-12", "Accept", "text/csv");
        assertThat(csv.headers().firstValue("Content-Type")).hasValue("text/csv; charset=utf-8");
        assertThat(csv.body()).startsWith("series,period,value,unit,status");
        assertThat(csv.headers().firstValue("Vary"))
                .hasValueSatisfying(v -> assertThat(v).contains("Accept"));
        HttpResponse<String> browser = get(
                OBS + "?from=2025-12&to=2025-12",
                "Accept",
                "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        assertThat(browser.headers().firstValue("Content-Type")).hasValue("application/json");
        HttpResponse<String> sdmx =
                get(OBS + "?from=2025-12&to=2025-12", "Accept", "application/vnd.sdmx.data+csv;version=2.0.0");
        assertThat(sdmx.body().lines().toList())
                .containsExactly(
                        "STRUCTURE,STRUCTURE_ID,ACTION,SERIES,TIME_PERIOD,OBS_VALUE,UNIT_MEASURE,TRANSFORM,OBS_STATUS,VINTAGE,PUBLIC_BY",
                        "dataflow,EXPORTPULSE:OBSERVATIONS(1.0.0),I,pk.ict.exports,2025-12,437,USD million,lin,"
                                + json(OBS + "?from=2025-12&to=2025-12")
                                        .at("/observations/0/status")
                                        .asText() + ","
                                + json(OBS + "?from=2025-12&to=2025-12")
                                        .at("/observations/0/vintage")
                                        .asInt() + ","
                                + json(OBS + "?from=2025-12&to=2025-12")
                                        .at("/observations/0/public_by")
                                        .asText());
        assertThat(problem(OBS, 406, "Accept", "image/png")).contains("image/png", "text/csv", "?format=");
        assertThat(problem(OBS + "?format=pdf", 400)).contains("format pdf", "json, csv, xlsx, sdmx-csv");
    }

    @Test
    void a_transform_comes_as_xlsx_with_numbers_in_cells() throws Exception {
        HttpResponse<byte[]> xlsx = SERVER.server()
                .send(
                        HttpRequest.newBuilder(
                                SERVER.server().uri(OBS + "?units=pc1&from=2025-12&to=2025-12&format=xlsx")),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(xlsx.statusCode()).isEqualTo(200);
        double expected = json(OBS + "?units=pc1&from=2025-12&to=2025-12")
                .at("/observations/0/value")
                .asDouble();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(2).getStringCellValue()).isEqualTo("value");
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("2025-12");
            assertThat(sheet.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(expected);
        }
    }

    @Test
    void contradictory_or_meaningless_combinations_are_refused_naming_the_parameters() throws Exception {
        assertThat(problem(OBS + "?from=2024-01&observation_start=2023-01-01", 400))
                .contains("from", "observation_start");
        assertThat(json(OBS + "?from=2024-01&observation_start=2024-01")
                        .get("count")
                        .asInt())
                .isPositive();
        assertThat(problem(OBS + "?as_of=2024-01-01&realtime_start=2024-01-01", 400))
                .contains("as_of", "realtime_start");
        assertThat(problem(OBS + "?realtime_start=2024-02-01&realtime_end=2024-01-01", 400))
                .contains("realtime_end 2024-01-01 is before realtime_start 2024-02-01");
        assertThat(problem(OBS + "?units=pc1&frequency=q", 400)).contains("cannot be combined");
        assertThat(problem(OBS + "?aggregation_method=avg", 400)).contains("needs frequency");
        assertThat(problem(OBS + "?frequency=w", 400)).contains("frequency w");
        assertThat(problem(OBS + "?output_type=3", 400)).contains("output_type 3");
        assertThat(problem(OBS + "?limit=0", 400)).contains("limit 0");
        assertThat(problem(OBS + "?offset=-1", 400)).contains("offset -1");
        assertThat(problem(OBS + "?sort_order=up", 400)).contains("sort_order up");
        assertThat(problem(OBS + "?units=pc1&realtime_start=2022-01-01&realtime_end=2022-12-31", 400))
                .contains("one vintage");
        assertThat(problem(OBS + "?observation_start=2022-13-01", 400)).contains("observation_start 2022-13-01");
    }

    private static org.assertj.core.data.Offset<Double> within(double tolerance) {
        return org.assertj.core.data.Offset.offset(tolerance);
    }
}
