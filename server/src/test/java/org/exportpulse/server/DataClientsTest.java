package org.exportpulse.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The one-line pulls into pandas and R that the README gives ({@code pandas.read_csv(url)}, {@code
 * read.csv(url)}), run by Python against a running server: pandas where installed, Python's {@code
 * csv} module otherwise. Python 3 is required ({@code run-tests} installs it when missing).
 */
class DataClientsTest {

    /** The URLs the README and docs/contracts.md give, relative to the server. */
    private static final String ONE_SERIES = "/api/series/pk.ict.exports/observations?format=csv";

    private static final String YEAR_ON_YEAR =
            "/api/series/pk.ict.exports/observations?units=pc1&observation_start=2024-07-01&format=csv";
    private static final String WIDE =
            "/api/observations?series=pk.ict.exports,pk.pbs.goods.exports&shape=wide&from=2025-01&format=csv";

    @RegisterExtension
    static final ServerForClass SERVER = new ServerForClass();

    private static List<JsonNode> python(String... paths) throws Exception {
        Path script = SERVER.home().resolve("read_csv.py");
        try (InputStream in = DataClientsTest.class.getResourceAsStream("clients/read_csv.py")) {
            Files.write(script, in.readAllBytes());
        }
        List<String> command = new ArrayList<>(List.of("python3", script.toString()));
        for (String p : paths) {
            command.add(SERVER.server().uri(p).toString());
        }
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (java.io.IOException e) {
            throw new AssertionError("python3 is needed for this test (Debian: apt-get install python3)", e);
        }
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(out).isZero();
        List<JsonNode> answers = new ArrayList<>();
        for (String line : out.lines().toList()) {
            answers.add(new ObjectMapper().readTree(line));
        }
        assertThat(answers).hasSize(paths.length);
        return answers;
    }

    private static JsonNode api(String path) throws Exception {
        return new ObjectMapper().readTree(SERVER.server().get(path).body());
    }

    @Test
    void a_series_reads_in_one_line_with_every_value_as_the_json_api_gives_it() throws Exception {
        JsonNode read = python(ONE_SERIES).get(0);
        assertThat(read.get("reader").asText()).isIn("pandas", "csv");
        assertThat(read.get("columns")).extracting(JsonNode::asText).startsWith("series", "period", "value", "unit");
        JsonNode json =
                api("/api/series/pk.ict.exports/observations?limit=100000").get("observations");
        assertThat(read.get("rows")).hasSize(json.size());
        for (int i = 0; i < json.size(); i++) {
            JsonNode row = read.get("rows").get(i);
            assertThat(row.get("period").asText())
                    .isEqualTo(json.get(i).get("period").asText());
            assertThat(row.get("value").asText())
                    .isEqualTo(json.get(i).get("value").decimalValue().toPlainString());
        }
    }

    @Test
    void transforms_and_several_series_read_the_same_way() throws Exception {
        List<JsonNode> read = python(YEAR_ON_YEAR, WIDE);
        JsonNode pc1 = api("/api/series/pk.ict.exports/observations?units=pc1&observation_start=2024-07-01")
                .get("observations");
        JsonNode rows = read.get(0).get("rows");
        assertThat(rows).hasSize(pc1.size());
        assertThat(rows.get(0).get("period").asText()).isEqualTo("2024-07");
        assertThat(rows.get(0).get("value").asText())
                .isEqualTo(pc1.get(0).get("value").decimalValue().toPlainString());
        JsonNode wide = read.get(1);
        assertThat(wide.get("columns"))
                .extracting(JsonNode::asText)
                .containsExactly("period", "pk.ict.exports", "pk.pbs.goods.exports");
        assertThat(wide.get("rows").get(0).get("period").asText()).isEqualTo("2025-01");
    }
}
