package org.exportpulse.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code /api/observations} (several series at once) and {@code /api/bulk.zip} over the bundled data. */
class SeveralSeriesAndBulkTest {

    private static final String TWO = "/api/observations?series=pk.ict.exports,pk.pbs.goods.exports";

    @RegisterExtension
    static final ServerForClass SERVER = new ServerForClass();

    private static HttpResponse<String> get(String path) throws Exception {
        return SERVER.server().get(path);
    }

    private static JsonNode json(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return new ObjectMapper().readTree(response.body());
    }

    private static String problem(String path, int status) throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        return new ObjectMapper().readTree(response.body()).get("detail").asText();
    }

    private static Map<String, BigDecimal> values(JsonNode rows, String series) {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        for (JsonNode row : rows) {
            if (series == null || row.get("series").asText().equals(series)) {
                values.put(row.get("period").asText(), row.get("value").decimalValue());
            }
        }
        return values;
    }

    @Test
    void long_form_holds_the_rows_each_series_gives_alone() throws Exception {
        JsonNode both = json(TWO + "&from=2024-07&to=2025-06");
        assertThat(both.get("shape").asText()).isEqualTo("long");
        assertThat(both.get("series"))
                .extracting(JsonNode::asText)
                .containsExactly("pk.ict.exports", "pk.pbs.goods.exports");
        for (String id : List.of("pk.ict.exports", "pk.pbs.goods.exports")) {
            JsonNode alone = json("/api/series/" + id + "/observations?from=2024-07&to=2025-06");
            assertThat(values(both.get("observations"), id))
                    .as(id)
                    .hasSize(12)
                    .isEqualTo(values(alone.get("observations"), null));
        }
    }

    @Test
    void wide_form_has_a_row_per_period_and_a_column_per_series() throws Exception {
        HttpResponse<String> csv = get(TWO + "&shape=wide&from=2025-01&to=2025-03&format=csv");
        assertThat(csv.statusCode()).as(csv.body()).isEqualTo(200);
        List<String> lines = csv.body().lines().toList();
        assertThat(lines.get(0)).isEqualTo("period,pk.ict.exports,pk.pbs.goods.exports");
        assertThat(lines).hasSize(4);
        JsonNode ict = json("/api/series/pk.ict.exports/observations?from=2025-02&to=2025-02");
        JsonNode goods = json("/api/series/pk.pbs.goods.exports/observations?from=2025-02&to=2025-02");
        assertThat(lines.get(2))
                .isEqualTo("2025-02,"
                        + ict.at("/observations/0/value").decimalValue().toPlainString() + ","
                        + goods.at("/observations/0/value").decimalValue().toPlainString());
    }

    @Test
    void transforms_apply_to_every_series_and_a_value_one_lacks_is_null() throws Exception {
        JsonNode wide = json(TWO + "&shape=wide&units=pc1&from=2024-01&to=2024-06");
        assertThat(wide.get("observations")).hasSize(6);
        for (String id : List.of("pk.ict.exports", "pk.pbs.goods.exports")) {
            JsonNode alone = json("/api/series/" + id + "/observations?units=pc1&from=2024-01&to=2024-06");
            List<String> fromWide = new ArrayList<>();
            wide.get("observations")
                    .forEach(r -> fromWide.add(
                            r.get(id).isNull()
                                    ? "null"
                                    : r.get(id).decimalValue().toPlainString()));
            List<String> single = new ArrayList<>();
            alone.get("observations")
                    .forEach(v -> single.add(
                            v.get("value").isNull()
                                    ? "null"
                                    : v.get("value").decimalValue().toPlainString()));
            assertThat(fromWide).as(id).isEqualTo(single);
        }
        assertThat(wide.at("/observations/0/pk.pbs.goods.exports").isNull())
                .as("PBS's monthly goods exports start in 2023-06: no change on a year before 2024-01")
                .isTrue();
        assertThat(wide.at("/observations/0/pk.ict.exports").isNumber()).isTrue();
    }

    @Test
    void sdmx_csv_is_offered_in_long_form_only() throws Exception {
        HttpResponse<String> sdmx = get(TWO + "&from=2025-01&to=2025-01&format=sdmx-csv");
        assertThat(sdmx.statusCode()).isEqualTo(200);
        assertThat(sdmx.body().lines().toList()).hasSize(3).first().asString().startsWith("STRUCTURE,");
        assertThat(problem(TWO + "&shape=wide&format=sdmx-csv", 400)).contains("format sdmx-csv is not available");
        HttpResponse<String> wide = SERVER.server()
                .send(
                        HttpRequest.newBuilder(SERVER.server().uri(TWO + "&shape=wide"))
                                .header("Accept", "application/vnd.sdmx.data+csv"),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(wide.statusCode()).isEqualTo(406);
    }

    @Test
    void bad_requests_say_what_was_expected() throws Exception {
        assertThat(problem("/api/observations", 400)).contains("series query parameter is required");
        assertThat(problem("/api/observations?series=pk.ict.exports,pk.nope", 404))
                .contains("pk.nope");
        assertThat(problem(TWO + "&shape=tall", 400)).contains("expected long or wide");
        assertThat(problem(TWO + "&realtime_start=2022-01-01&realtime_end=2022-12-31", 400))
                .contains("one vintage");
        StringBuilder ids = new StringBuilder("pk.ict.exports");
        for (int i = 0; i < SeveralSeriesRoutes.MAX_SERIES; i++) {
            ids.append(",x.s").append(i);
        }
        assertThat(problem("/api/observations?series=" + ids, 400)).contains("at most 100");
    }

    @Test
    void as_of_gives_every_series_as_known_that_day() throws Exception {
        JsonNode then = json("/api/observations?series=pk.ict.exports&as_of=2022-10-01&from=2022-08&to=2022-08");
        assertThat(then.at("/observations/0/value").decimalValue()).isEqualByComparingTo("227");
    }

    @Test
    void the_bulk_zip_holds_every_series_its_values_and_vintages_with_a_manifest_that_checks() throws Exception {
        HttpResponse<byte[]> first = bulk(null);
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.headers().firstValue("Content-Type")).hasValue("application/zip");
        Map<String, byte[]> entries = unzip(first.body());
        assertThat(entries.keySet()).containsExactly("manifest.json", "series.csv", "observations.csv", "vintages.csv");

        JsonNode manifest = new ObjectMapper().readTree(entries.get("manifest.json"));
        for (JsonNode file : manifest.get("files")) {
            byte[] body = entries.get(file.get("name").asText());
            assertThat(file.get("bytes").asInt()).isEqualTo(body.length);
            assertThat(file.get("sha256").asText())
                    .isEqualTo(HexFormat.of()
                            .formatHex(MessageDigest.getInstance("SHA-256").digest(body)));
            assertThat(file.get("rows").asInt()).isEqualTo(lines(body) - 1);
        }
        JsonNode catalog = json("/api/series?limit=100000");
        assertThat(lines(entries.get("series.csv")) - 1).isEqualTo(catalog.size());
        assertThat(new String(entries.get("series.csv"), StandardCharsets.UTF_8)
                        .lines()
                        .findFirst()
                        .orElseThrow())
                .startsWith(
                        "id,title,unit,frequency,kind,fiscal_year_start,publisher,definition,share_of,first_period");
        String observations = new String(entries.get("observations.csv"), StandardCharsets.UTF_8);
        JsonNode flagship = json("/api/series/pk.ict.exports/observations?limit=100000");
        assertThat(observations
                        .lines()
                        .filter(l -> l.startsWith("pk.ict.exports,"))
                        .count())
                .as("one row per period of the flagship, derived months included")
                .isEqualTo(flagship.get("observations").size());
        assertThat(lines(entries.get("vintages.csv"))).isGreaterThan(lines(entries.get("observations.csv")) - 50);
        assertThat(new String(entries.get("vintages.csv"), StandardCharsets.UTF_8))
                .contains("pk.ict.exports,2022-08,227,", "pk.ict.exports,2022-08,228,");

        HttpResponse<byte[]> again = bulk(null);
        assertThat(again.body()).isEqualTo(first.body());
        String tag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(again.headers().firstValue("ETag")).hasValue(tag);
        assertThat(bulk(tag).statusCode()).isEqualTo(304);
    }

    private static HttpResponse<byte[]> bulk(String ifNoneMatch) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(SERVER.server().uri("/api/bulk.zip"));
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return SERVER.server().send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    /** The records of a CSV file, header included (a quoted line break does not start a record). */
    private static int lines(byte[] csv) {
        try (CsvReader<CsvRecord> records = CsvReader.builder().ofCsvRecord(new String(csv, StandardCharsets.UTF_8))) {
            return (int) records.stream().count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
