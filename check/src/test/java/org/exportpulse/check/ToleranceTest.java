package org.exportpulse.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ToleranceTest {

    @ParameterizedTest
    @CsvSource({
        "23, 0.5, EXACT, 22.5, MATCH",
        "23, 0.5, EXACT, 23.4999, MATCH",
        "23, 0.5, EXACT, 23.5, TRUNCATED",
        "23, 0.5, EXACT, 22.4, NEAR",
        "130, 0.5, EXACT, 129, MISS",
        "2300, 50, EXACT, 2236, NEAR",
        "22, 0.5, EXACT, 22.75, TRUNCATED",
        "23, 0.5, EXACT, 22.49, NEAR",
        "23, 0.5, EXACT, 21.9, MISS",
        "-3, 0.5, EXACT, -2.8, MATCH",
        "3, 0.5, EXACT, -3, MISS",
        "2240, 5, EXACT, 2236, MATCH",
        "2230, 5, EXACT, 2236, TRUNCATED",
        "400, 0.5, OVER, 437, MATCH",
        "400, 0.5, OVER, 386, MISS",
        "400, 0.5, UNDER, 386, MATCH",
        "2300, 50, NEARLY, 2236, MATCH",
        "2300, 50, NEARLY, 2301, MATCH",
        "2300, 50, NEARLY, 2400, MISS",
        "2200, 50, ABOUT, 2236, MATCH",
        "2200, 50, ABOUT, 2400, MISS"
    })
    void judges_at_the_stated_precision(
            String claimed, String half, Qualifier q, String actual, Tolerance.Outcome expected) {
        assertThat(Tolerance.judge(new BigDecimal(claimed), new BigDecimal(half), q, new BigDecimal(actual)))
                .isEqualTo(expected);
    }
}
