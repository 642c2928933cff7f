package org.exportpulse.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.exportpulse.core.figures.RecordMark;
import org.exportpulse.core.figures.Streak;
import org.exportpulse.core.transform.Transform;
import org.junit.jupiter.api.Test;

/** Records, streaks and transforms named as readers name them, never by their codes. */
class ReaderWordsTest {

    @Test
    void records_name_the_month_they_reach_back_to() {
        RecordMark lowest =
                new RecordMark(RecordMark.Kind.LOWEST_SINCE, YearMonth.of(2025, 11), 3, YearMonth.of(2025, 11), null);
        assertThat(RecordWords.record(lowest)).isEqualTo("Lowest since November 2025");
        RecordMark high = new RecordMark(
                RecordMark.Kind.ALL_TIME_HIGH, YearMonth.of(2019, 12), 73, YearMonth.of(2025, 3), BigDecimal.TEN);
        assertThat(RecordWords.record(high)).isEqualTo("Highest on record (data from December 2019)");
    }

    @Test
    void streaks_say_how_long_they_run() {
        assertThat(RecordWords.streak(
                        new Streak(Streak.Kind.YOY_GROWTH, 9, YearMonth.of(2025, 6), null, null, List.of())))
                .isEqualTo("Up on a year earlier for 9 months running");
        assertThat(RecordWords.streak(
                        new Streak(Streak.Kind.YOY_DECLINE, 1, YearMonth.of(2025, 6), null, null, List.of())))
                .isEqualTo("Down on a year earlier");
    }

    @Test
    void transforms_have_fred_style_names_and_axes_with_units() {
        assertThat(TransformWords.name(Transform.Code.PC1)).isEqualTo("Percent change from a year ago");
        assertThat(TransformWords.axis(Transform.parse("pc1"), "USD million")).isEqualTo("% change from a year ago");
        assertThat(TransformWords.axis(Transform.parse("lin"), "USD million")).isEqualTo("US$ million");
        assertThat(TransformWords.axis(Transform.parse("r12_pc1"), "USD million"))
                .isEqualTo("% change from a year ago, rolling 12-month total");
        assertThat(TransformWords.axis(Transform.parse("pca"), "USD million"))
                .isEqualTo("%, compounded annual rate of change");
        for (Transform.Code code : Transform.Code.values()) {
            assertThat(TransformWords.name(code)).doesNotContain("_").isNotEqualToIgnoringCase(code.code());
        }
    }
}
