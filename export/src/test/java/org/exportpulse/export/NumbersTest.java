package org.exportpulse.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.exportpulse.core.series.Unit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumbersTest {

    @ParameterizedTest
    @CsvSource({
        "437,$437 million",
        "136.1,$136.1 million",
        "2236,$2.24 billion",
        "1864,$1.86 billion",
        "-81,-$81 million",
        "999.5,$999.5 million"
    })
    void usd_millions_are_written_as_millions_or_billions(String value, String text) {
        assertThat(Numbers.amount(new BigDecimal(value), Unit.USD_MILLION)).isEqualTo(text);
    }

    @ParameterizedTest
    @CsvSource({"3633000000,$3.63 billion", "702874931.396282,$702.9 million"})
    void usd_in_other_scales_is_written_in_millions_or_billions(String value, String text) {
        assertThat(Numbers.amount(new BigDecimal(value), Unit.parse("USD"))).isEqualTo(text);
    }

    @ParameterizedTest
    @CsvSource({"22.75280898876404,+22.8%", "-3.14,-3.1%", "0,+0.0%", "19.95708154506438,+20.0%"})
    void percentages_carry_their_sign_and_one_decimal(String pct, String text) {
        assertThat(Numbers.signedPercent(new BigDecimal(pct))).isEqualTo(text);
    }
}
