package org.exportpulse.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CellTextTest {

    static Stream<Arguments> cells() {
        return Stream.of(
                Arguments.of("=HYPERLINK(\"x\")", "'=HYPERLINK(\"x\")"),
                Arguments.of("+1", "'+1"),
                Arguments.of("-2 revised", "'-2 revised"),
                Arguments.of("@SUM(A1)", "'@SUM(A1)"),
                Arguments.of("https://x.org", "https://x.org"),
                Arguments.of("", ""));
    }

    @ParameterizedTest
    @MethodSource("cells")
    void text_that_a_spreadsheet_would_run_as_a_formula_is_neutralised(String text, String expected) {
        assertThat(CellText.text(text)).isEqualTo(expected);
    }
}
