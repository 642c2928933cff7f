package org.exportpulse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code pulse ingest}: one transaction per command; bad input leaves the store as it was. */
class IngestCommandTest {

    @TempDir
    Path home;

    @TempDir
    Path files;

    private String before;

    @BeforeEach
    void loadBundle() {
        before = snapshot();
    }

    /** Everything the store holds for the series the tests touch, as JSON text. */
    private String snapshot() {
        StringBuilder all = new StringBuilder(
                PulseRun.in(home, "series", "--format", "json").out());
        for (String id : new String[] {"pk.ict.exports", "pk.bop.goods.exports"}) {
            all.append(PulseRun.in(home, "show", id, "--format", "json").out());
            all.append(PulseRun.in(home, "history", id, "2024-11", "--format", "json")
                    .out());
        }
        return all.toString();
    }

    private Path write(String name, String text) throws Exception {
        return Files.writeString(files.resolve(name), text, StandardCharsets.UTF_8);
    }

    private JsonNode history(String id, String period) throws Exception {
        return new ObjectMapper()
                .readTree(PulseRun.in(home, "history", id, period, "--format", "json")
                        .out())
                .get("vintages");
    }

    @Test
    void a_revised_value_adds_a_vintage_and_an_identical_one_adds_nothing() throws Exception {
        Path revision =
                write("rev.csv", "series,period,value\npk.ict.exports,2026-01,375\npk.ict.exports,2025-12,437\n");
        PulseRun run = PulseRun.in(
                home,
                "ingest",
                revision.toString(),
                "--released",
                "2026-03-18",
                "--source",
                "https://example.org/sbp-release");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("Ingested 1 file: 0 series created, 0 updated; 1 values added, 1 unchanged.\n");
        JsonNode jan = history("pk.ict.exports", "2026-01");
        assertThat(jan).hasSize(2);
        assertThat(jan.get(1).get("value").decimalValue()).isEqualByComparingTo("375");
        assertThat(jan.get(1).get("public_by").asText()).isEqualTo("2026-03-18");
        assertThat(jan.get(1).get("sources").get(0).asText()).isEqualTo("https://example.org/sbp-release");
        PulseRun again = PulseRun.in(home, "ingest", revision.toString());
        assertThat(again.out()).contains("0 values added, 2 unchanged");
    }

    @Test
    void a_new_series_is_created_from_a_series_file_given_with_the_values() throws Exception {
        Path series = write(
                "series.csv",
                "id,title,unit,frequency,kind,fiscal_year_start\n"
                        + "pk.test.remittances,Test remittances,USD million,month,flow,07\n");
        Path values = write("values.csv", "series,period,value\npk.test.remittances,2025-12,3.1\n");
        PulseRun run = PulseRun.in(home, "ingest", series.toString(), values.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("1 series created", "1 values added");
        assertThat(PulseRun.in(home, "show", "pk.test.remittances").out()).contains("2025-12", "3.1");
    }

    @Test
    void an_easydata_file_goes_to_the_series_whose_definition_names_its_key() throws Exception {
        Path json = write(
                "bop.json",
                "{\"columns\": [\"Series Key\", \"Observation Date\", \"Observation Value\","
                        + " \"Unit\", \"Observation Status\"],\n \"rows\": [[\"TS_GP_BOP_BPM6SUM_M.P00030\", \"2024-03-31\","
                        + " \"2628.000000\", \"Million USD\", \"Provisional\"]]}\n");
        PulseRun run = PulseRun.in(home, "ingest", json.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode mar = history("pk.bop.goods.exports", "2024-03");
        assertThat(mar.get(0).get("value").decimalValue()).isEqualByComparingTo("2628");
        assertThat(mar.get(0).get("status").asText()).isEqualTo("provisional");
        assertThat(mar.get(0).get("public_by_basis").asText()).isEqualTo("ingested");
    }

    @Test
    void the_world_bank_file_is_detected_and_re_ingesting_it_changes_nothing() {
        Path wdi = Path.of("..", "data", "wdi", "API_BX.GSR.CCIS.CD_DS2_en_csv_v2_920.csv");
        PulseRun run = PulseRun.in(home, "ingest", wdi.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("0 series created, 0 updated; 0 values added, 6273 unchanged");
    }

    static Stream<Arguments> badFiles() {
        String header = "series,period,value\n";
        return Stream.of(
                Arguments.of("unparsable number", header + "pk.ict.exports,2026-01,3 74\n", "b.csv:2: value:"),
                Arguments.of("impossible period", header + "pk.ict.exports,2026-02-30,374\n", "b.csv:2: period:"),
                Arguments.of(
                        "unknown unit",
                        "series,period,value,unit\npk.ict.exports,2026-01,374,USD lakh\n",
                        "b.csv:2: value: 'USD lakh' is not a unit"),
                Arguments.of(
                        "other currency",
                        "series,period,value,unit\npk.ict.exports,2026-01,374,PKR million\n",
                        "b.csv:2: value: unit PKR million"),
                Arguments.of(
                        "conflicting duplicate",
                        header + "pk.ict.exports,2026-03,1\npk.ict.exports,2026-03,2\n",
                        "b.csv:3: value: conflicts with line 2"),
                Arguments.of("empty file", "", "b.csv: the file is empty"),
                Arguments.of(
                        "truncated file", header + "pk.ict.exports,2026-03,1\npk.ict.exp", "b.csv:3: the line has 1"),
                Arguments.of("missing column", "series,value\npk.ict.exports,1\n", "b.csv:1: the header lacks"),
                Arguments.of("unknown series", header + "pk.unknown,2026-03,1\n", "b.csv:2: series: unknown series"),
                Arguments.of(
                        "EasyData date not at a month end",
                        "Series Key,Observation Date,Observation Value,Unit\n"
                                + "TS_GP_BOP_BPM6SUM_M.P00030,2024-03-30,2628,Million USD\n",
                        "b.csv:2: observation date: '2024-03-30' is not the last day of its month"),
                Arguments.of(
                        "EasyData key no series names",
                        "Series Key,Observation Date,Observation Value\nTS_GP_UNKNOWN.X1,2024-03-31,1\n",
                        "b.csv:2: series key: no series names the key TS_GP_UNKNOWN.X1"),
                Arguments.of(
                        "WDI value that is not a number",
                        "\"Data Source\",\"World Development Indicators\",\n\n\"Last Updated Date\",\"2026-02-24\",\n\n"
                                + "\"Country Name\",\"Country Code\",\"Indicator Name\",\"Indicator Code\",\"2024\",\n"
                                + "\"Pakistan\",\"PAK\",\"ICT service exports (BoP, current US$)\",\"BX.GSR.CCIS.CD\","
                                + "\"3.6bn\",\n",
                        "b.csv:6: 2024: '3.6bn' is not a number"),
                Arguments.of(
                        "conflict with a stored vintage",
                        "series,period,value,vintage\npk.ict.exports,2024-11,300,1\n",
                        "b.csv:2: value: pk.ict.exports 2024-11 vintage 1 is stored as 324"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void bad_input_exits_2_names_file_line_and_field_and_leaves_the_store_unchanged(
            String what, String text, String message) throws Exception {
        Path good = write("a.csv", "series,period,value\npk.ict.exports,2026-03,400\n");
        Path bad = write("b.csv", text);
        PulseRun run = PulseRun.in(home, "ingest", good.toString(), bad.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains(files.resolve(message).toString());
        assertThat(run.out()).isEmpty();
        assertThat(snapshot()).as("the good file's row was not stored either").isEqualTo(before);
    }

    @Test
    void a_file_in_another_encoding_is_refused_and_nothing_is_stored() throws Exception {
        Path bad = files.resolve("latin1.csv");
        Files.write(
                bad,
                "series,period,value,note\npk.ict.exports,2026-03,400,\"Caf\u00e9\"\n"
                        .getBytes(StandardCharsets.ISO_8859_1));
        PulseRun run = PulseRun.in(home, "ingest", bad.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("latin1.csv:2: byte 0xE9 is not UTF-8");
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void a_missing_file_exits_3_before_anything_is_read() throws Exception {
        Path good = write("a.csv", "series,period,value\npk.ict.exports,2026-03,400\n");
        PulseRun run = PulseRun.in(
                home, "ingest", good.toString(), files.resolve("nope.csv").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.NOT_FOUND);
        assertThat(run.err()).contains("nope.csv (no such file)");
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void more_than_fifty_problems_are_cut_with_a_count() throws Exception {
        StringBuilder text = new StringBuilder("series,period,value\n");
        for (int i = 1; i <= 60; i++) {
            text.append("pk.ict.exports,2026-03,x").append(i).append('\n');
        }
        PulseRun run =
                PulseRun.in(home, "ingest", write("many.csv", text.toString()).toString());
        assertThat(run.err().lines().filter(l -> l.contains("many.csv:"))).hasSize(50);
        assertThat(run.err()).contains("… and 10 more problems");
    }
}
