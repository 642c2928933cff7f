package org.exportpulse.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.exportpulse.brief.compose.BriefNumber;
import org.exportpulse.brief.compose.TraceRef;
import org.junit.jupiter.api.Test;

/** The brief's numbers as the profession writes them. */
class NumberTextTest {

    private static String text(String value, BriefNumber.Kind kind) {
        TraceRef ref = new TraceRef("x.y", "2025-12", 1, LocalDate.of(2026, 1, 19), "normal", value, "https://e.org");
        return NumberText.of(new BriefNumber("k", new BigDecimal(value), kind, List.of(ref)));
    }

    @Test
    void money_has_at_most_three_significant_figures() {
        assertThat(text("437", BriefNumber.Kind.USD_MILLION)).isEqualTo("$437 million");
        assertThat(text("2240", BriefNumber.Kind.USD_MILLION)).isEqualTo("$2.24 billion");
        assertThat(text("208.75", BriefNumber.Kind.USD_MILLION))
                .as("a computed average, whatever its scale")
                .isEqualTo("$209 million");
        assertThat(text("208.7500", BriefNumber.Kind.USD_MILLION)).isEqualTo("$209 million");
        assertThat(text("572.5", BriefNumber.Kind.USD_MILLION)).isEqualTo("$573 million");
        assertThat(text("7.5", BriefNumber.Kind.USD_MILLION)).isEqualTo("$7.5 million");
        assertThat(text("4000", BriefNumber.Kind.USD_MILLION)).isEqualTo("$4.00 billion");
        assertThat(text("17880", BriefNumber.Kind.USD_MILLION)).isEqualTo("$17.9 billion");
        assertThat(text("-835", BriefNumber.Kind.USD_MILLION)).isEqualTo("-$835 million");
        assertThat(text("177745449130.557", BriefNumber.Kind.USD)).isEqualTo("$178 billion");
        assertThat(text("3633000000", BriefNumber.Kind.USD)).isEqualTo("$3.63 billion");
    }

    @Test
    void changes_are_signed_only_when_negative_and_points_always() {
        assertThat(text("22.8", BriefNumber.Kind.CHANGE_PCT)).isEqualTo("22.8%");
        assertThat(text("-7.8", BriefNumber.Kind.CHANGE_PCT)).isEqualTo("-7.8%");
        assertThat(text("9.4", BriefNumber.Kind.SHARE_PCT)).isEqualTo("9.4%");
        assertThat(text("3.14", BriefNumber.Kind.POINTS)).isEqualTo("+3.1 percentage points");
        assertThat(text("-1.0", BriefNumber.Kind.POINTS)).isEqualTo("-1.0 percentage point");
    }

    @Test
    void ranks_take_english_ordinals() {
        assertThat(List.of(1, 2, 3, 4, 11, 12, 13, 21, 22, 101, 111).stream().map(NumberText::ordinal))
                .containsExactly("1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "101st", "111th");
        assertThat(text("12", BriefNumber.Kind.COUNT)).isEqualTo("12");
    }
}
