package org.exportpulse.core.series;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnitTest {

    @ParameterizedTest
    @CsvSource({
        "USD million,USD million",
        "Million USD,USD million",
        "thousand USD,USD thousand",
        "US$ bn,USD billion",
        "USD,USD",
        "PKR million,PKR million"
    })
    void reads_scale_before_or_after_the_measure(String text, String canonical) {
        assertThat(Unit.parse(text).toString()).isEqualTo(canonical);
    }

    @Test
    void converts_scales_exactly_keeping_digits() {
        Unit billion = Unit.parse("USD billion");
        assertThat(billion.convert(new BigDecimal("2.236"), Unit.USD_MILLION)).isEqualByComparingTo("2236");
        assertThat(Unit.parse("USD thousand").convert(new BigDecimal("1438827"), Unit.USD_MILLION))
                .isEqualTo(new BigDecimal("1438.827"));
        assertThat(Unit.parse("USD").convert(new BigDecimal("3633000000"), Unit.USD_MILLION))
                .isEqualByComparingTo("3633");
    }

    @Test
    void refuses_to_convert_between_currencies() {
        assertThatThrownBy(() -> Unit.parse("PKR million").convert(BigDecimal.ONE, Unit.USD_MILLION))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("PKR million");
    }

    @ParameterizedTest
    @CsvSource({"million", "USD million billion", "USD EUR", "''"})
    void refuses_text_that_is_not_a_unit(String text) {
        assertThatThrownBy(() -> Unit.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("expected");
    }
}
