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
}
