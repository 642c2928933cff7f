package org.exportpulse.formats.tidy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import org.exportpulse.formats.IngestException;
import org.exportpulse.formats.IngestProblem;
import org.exportpulse.formats.NamedInput;
import org.junit.jupiter.api.Test;

class TidySeriesReaderTest {

    private static IngestException refused(String text) {
        return catchThrowableOfType(
                IngestException.class,
                () -> TidySeriesReader.read(NamedInput.ofBytes("series.csv", text.getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void reports_each_bad_field_of_a_series_row() {
        IngestException e = refused(
                "id,title,unit,frequency,kind,fiscal_year_start\n" + "PK ICT,ICT,USD gazillion,weekly,flow,13\n");
        assertThat(e.problems())
                .extracting(IngestProblem::field)
                .containsExactly("id", "unit", "frequency", "fiscal_year_start");
        assertThat(e.problems()).allSatisfy(p -> assertThat(p.line()).isEqualTo(2));
    }

    @Test
    void refuses_a_series_defined_twice() {
        IngestException e = refused("id,title,unit,frequency,kind\n"
                + "a.b,One,USD million,month,flow\n"
                + "a.b,Two,USD million,month,flow\n");
        assertThat(e.getMessage())
                .isEqualTo("series.csv:3: id: series a.b is defined twice (first on line 2;"
                        + " expected one row per series)");
    }

    @Test
    void texts_and_ids_longer_than_the_store_holds_are_refused_with_line_and_field() {
        IngestException e = refused("id,title,unit,frequency,kind,publisher,definition\n"
                + "a.b," + "t".repeat(1001) + ",USD million,month,flow," + "p".repeat(501) + "," + "d".repeat(4001)
                + "\n" + "a" + ".b".repeat(100) + ",Fine,USD million,month,flow,,\n");
        assertThat(e.problems())
                .extracting(IngestProblem::toString)
                .containsExactly(
                        "series.csv:2: publisher: has 501 characters (expected at most 500, the most the store holds)",
                        "series.csv:2: definition: has 4001 characters (expected at most 4000, the most the store"
                                + " holds)",
                        "series.csv:2: title: has 1001 characters (expected at most 1000, the most the store holds)",
                        "series.csv:3: id: a series id of 201 characters (expected at most 200: dotted lower-case"
                                + " words, e.g. pk.ict.exports)");
    }
}
