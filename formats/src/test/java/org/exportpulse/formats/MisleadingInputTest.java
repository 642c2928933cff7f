package org.exportpulse.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Inputs whose errors used to be reported as something else, or without a line: each now names
 * its file, its line and what is wrong.
 */
class MisleadingInputTest {

    private static IngestException refused(String name, String text) {
        IngestException e = catchThrowableOfType(
                IngestException.class,
                () -> Ingestion.read(
                        List.of(NamedInput.ofBytes(name, text.getBytes(StandardCharsets.UTF_8))),
                        IngestOptions.defaults(),
                        List.of()));
        assertThat(e).as("expected %s to be refused", name).isNotNull();
        return e;
    }

    @Test
    void a_field_longer_than_the_csv_reader_holds_is_called_that_not_an_unclosed_quote() {
        String text = "series,period,value\n" + "x".repeat(17 * 1024 * 1024) + ",2025-12,1\n";
        IngestException e = refused("long.csv", text);
        assertThat(e.getMessage())
                .startsWith("long.csv:")
                .contains("a field is longer than")
                .doesNotContain("unclosed quote or a truncated file");
        assertThat(e.getMessage().length()).isLessThan(1000);
    }

    @Test
    void a_json_array_is_read_as_json_and_refused_as_such() {
        IngestException e = refused("array.json", "[1,2,3]\n");
        assertThat(e.getMessage())
                .startsWith("array.json:1: ")
                .contains("JSON object")
                .doesNotContain("header");
    }

    @Test
    void json_too_deep_for_the_parser_is_refused_with_a_line() {
        String text = "{\n\"columns\": " + "[".repeat(2000) + "]".repeat(2000) + "}\n";
        IngestException e = refused("deep.json", text);
        assertThat(e.problems())
                .singleElement()
                .satisfies(p -> assertThat(p.line()).isEqualTo(2));
        assertThat(e.getMessage()).contains("malformed JSON").contains("depth");
    }

    @Test
    void a_wdi_economy_code_that_makes_no_series_id_is_refused_with_file_line_and_field() {
        for (String code : List.of("<SCRIPT>", "")) {
            String text = "\"Data Source\",\"World Development Indicators\",\n\n"
                    + "\"Country Name\",\"Country Code\",\"Indicator Name\",\"Indicator Code\",\"2024\",\n"
                    + "\"Pakistan\",\"" + code + "\",\"ICT service exports (BoP, current US$)\",\"BX.GSR.CCIS.CD\","
                    + "\"1\",\n";
            IngestException e = refused("wdi.csv", text);
            assertThat(e.getMessage()).as(code).startsWith("wdi.csv:4: country code: ");
        }
    }
}
