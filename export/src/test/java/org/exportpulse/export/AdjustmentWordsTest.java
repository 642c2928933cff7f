package org.exportpulse.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.exportpulse.core.adjust.Adjustment;
import org.exportpulse.core.adjust.AdjustmentSpec;
import org.exportpulse.core.adjust.Decomposition;
import org.exportpulse.core.series.Frequency;
import org.exportpulse.core.series.Series;
import org.exportpulse.core.series.SeriesKind;
import org.exportpulse.core.series.Unit;
import org.exportpulse.core.time.FiscalCalendar;
import org.exportpulse.core.time.MonthSpan;
import org.junit.jupiter.api.Test;

/** Why an adjustment covers its span, and its JSON, from its typed values. */
class AdjustmentWordsTest {

    private static Adjustment adjustment(Optional<MonthSpan> before, Optional<MonthSpan> after) {
        Series series = new Series(
                "xx.m",
                "X",
                Unit.USD_MILLION,
                Frequency.MONTH,
                SeriesKind.FLOW,
                FiscalCalendar.JULY_TO_JUNE,
                "t",
                "",
                List.of());
        double[] three = {1, 2, 3};
        Decomposition d = new Decomposition(
                true,
                three,
                three,
                new double[] {1, 1, 1},
                new double[] {1, 1, 1},
                new double[] {1, 1, 1},
                new double[] {1, 1, 1},
                "(0 1 1)(0 1 1)",
                Map.of("M7", 0.4),
                Map.of(),
                List.of(),
                List.of());
        return new Adjustment(
                series,
                AdjustmentSpec.defaultFor(AdjustmentSpec.Method.X13),
                YearMonth.of(2020, 3),
                three,
                List.of(YearMonth.of(2020, 4)),
                before,
                after,
                d);
    }

    private static Optional<MonthSpan> span(String first, String last) {
        return Optional.of(MonthSpan.of(YearMonth.parse(first), YearMonth.parse(last)));
    }

    @Test
    void the_gaps_around_the_span_are_named() {
        assertThat(AdjustmentWords.spanNote(adjustment(Optional.empty(), Optional.empty())))
                .isEmpty();
        assertThat(AdjustmentWords.spanNote(adjustment(span("2020-01", "2020-02"), Optional.empty())))
                .isEqualTo("values before 2020-03 are not used: 2020-01 to 2020-02 are missing");
        assertThat(AdjustmentWords.spanNote(adjustment(span("2020-02", "2020-02"), span("2020-06", "2020-06"))))
                .isEqualTo("values before 2020-03 are not used: 2020-02 is missing; values after 2020-05 are not used:"
                        + " 2020-06 is missing");
    }

    @Test
    void the_json_has_a_row_per_month_with_every_component() {
        JsonNode json = AdjustmentJson.of(adjustment(span("2020-01", "2020-02"), Optional.empty()));
        assertThat(json.get("series").asText()).isEqualTo("xx.m");
        assertThat(json.get("span_note").asText()).startsWith("values before 2020-03");
        assertThat(json.get("values")).hasSize(3);
        JsonNode april = json.get("values").get(1);
        assertThat(april.get("period").asText()).isEqualTo("2020-04");
        assertThat(april.get("original").asDouble()).isEqualTo(2);
        assertThat(april.get("seasonal_factor").asDouble()).isEqualTo(1);
    }
}
