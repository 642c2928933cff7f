package org.exportpulse.jdemetra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import java.util.Arrays;
import org.exportpulse.core.adjust.AdjustmentSpec;
import org.exportpulse.core.adjust.Decomposition;
import org.junit.jupiter.api.Test;

/** What JDemetra+ makes of series a log model cannot take, and of series without seasonality. */
class BadInputTest {

    private final JdemetraAdjuster adjuster = new JdemetraAdjuster();
    private final AdjustmentSpec x13 = AdjustmentSpec.defaultFor(AdjustmentSpec.Method.X13);

    private static double[] seasonal(int n) {
        double[] y = new double[n];
        for (int t = 0; t < n; t++) {
            y[t] = 100 + 20 * Math.sin(2 * Math.PI * t / 12) + (t % 7);
        }
        return y;
    }

    @Test
    void zeros_and_negatives_are_adjusted_additively() {
        double[] y = seasonal(60);
        y[10] = 0;
        y[22] = -5;
        for (AdjustmentSpec.Method m : AdjustmentSpec.Method.values()) {
            Decomposition d = adjuster.adjust(YearMonth.of(2020, 1), y, AdjustmentSpec.defaultFor(m));
            assertThat(d.multiplicative()).as(m.code()).isFalse();
            assertThat(d.seasonallyAdjusted()).as(m.code()).hasSize(60);
            assertThat(Arrays.stream(d.seasonallyAdjusted()).allMatch(Double::isFinite))
                    .as(m.code())
                    .isTrue();
        }
    }

    @Test
    void a_constant_series_gets_a_clear_message_or_a_flat_adjustment() {
        double[] constant = new double[48];
        Arrays.fill(constant, 42);
        try {
            Decomposition d = adjuster.adjust(YearMonth.of(2020, 1), constant, x13);
            assertThat(Arrays.stream(d.seasonallyAdjusted()).allMatch(v -> Math.abs(v - 42) < 1e-6))
                    .isTrue();
        } catch (IllegalArgumentException e) {
            assertThat(e.getMessage()).startsWith("JDemetra+ could not adjust the series with x13 RSA3");
        }
    }

    @Test
    void a_series_too_short_for_the_engine_gets_its_reason() {
        assertThatThrownBy(() -> adjuster.adjust(YearMonth.of(2020, 1), seasonal(10), x13))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("JDemetra+ could not adjust the series with x13 RSA3");
    }
}
