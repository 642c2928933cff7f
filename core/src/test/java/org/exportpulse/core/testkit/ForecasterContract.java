package org.exportpulse.core.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.exportpulse.core.forecast.Forecast;
import org.exportpulse.core.forecast.Forecaster;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Forecaster} must do, whatever its method: a test class per engine extends this
 * and names the engine. Edge cases: a constant series, all zeros, too short a series, a missing
 * value, a single season; and on an ordinary seasonal series, the shape of the answer (horizon,
 * levels in the order asked, ordered and nested intervals, the input left untouched).
 */
public abstract class ForecasterContract {

    private static final List<Integer> LEVELS = List.of(80, 95);

    /** The engine under test. */
    protected abstract Forecaster forecaster();

    /** Monthly values: a trend, a seasonal pattern and seeded noise, all positive. */
    protected static double[] seasonalSeries(int length, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] y = new double[length];
        for (int t = 0; t < length; t++) {
            y[t] = 200 + 2.0 * t + 25 * Math.sin(2 * Math.PI * t / 12) + 6 * random.nextGaussian();
        }
        return y;
    }

    private static boolean finite(double[] values) {
        return Arrays.stream(values).allMatch(Double::isFinite);
    }

    @Test
    void a_constant_series_is_forecast_as_itself_with_intervals_of_no_width() {
        double[] y = new double[48];
        Arrays.fill(y, 7.5);
        Forecast f = forecaster().forecast(y, 12, 6, LEVELS);
        for (int h = 0; h < 6; h++) {
            assertThat(f.mean()[h]).as("mean at h=%d", h + 1).isCloseTo(7.5, within(1e-9));
            for (Forecast.Interval i : f.intervals()) {
                assertThat(i.upper()[h] - i.lower()[h])
                        .as("%d%% width at h=%d", i.level(), h + 1)
                        .isCloseTo(0, within(1e-9));
            }
        }
    }

    @Test
    void a_series_of_zeros_is_forecast_as_zeros() {
        Forecast f = forecaster().forecast(new double[48], 12, 6, LEVELS);
        for (double m : f.mean()) {
            assertThat(m).isCloseTo(0, within(1e-9));
        }
        for (Forecast.Interval i : f.intervals()) {
            assertThat(finite(i.lower())).as("%d%% lower finite", i.level()).isTrue();
            assertThat(finite(i.upper())).as("%d%% upper finite", i.level()).isTrue();
        }
    }

    @Test
    void a_single_value_is_too_short_and_says_so() {
        assertThatThrownBy(() -> forecaster().forecast(new double[] {100}, 12, 3, LEVELS))
                .isInstanceOf(IllegalArgumentException.class)
                .message()
                .isNotBlank();
    }

    @Test
    void a_missing_value_is_refused_not_forecast_through() {
        double[] y = seasonalSeries(60, 1);
        y[30] = Double.NaN;
        assertThatThrownBy(() -> forecaster().forecast(y, 12, 3, LEVELS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("missing");
    }

    @Test
    void one_season_gets_a_finite_forecast_or_a_clear_refusal() {
        double[] y = seasonalSeries(12, 2);
        try {
            Forecast f = forecaster().forecast(y, 12, 6, LEVELS);
            assertThat(f.mean()).hasSize(6);
            assertThat(finite(f.mean())).isTrue();
        } catch (IllegalArgumentException refused) {
            assertThat(refused.getMessage()).isNotBlank();
        }
    }

    @Test
    void intervals_are_ordered_nested_and_answer_what_was_asked() {
        double[] y = seasonalSeries(72, 3);
        double[] before = y.clone();
        Forecast f = forecaster().forecast(y, 12, 18, LEVELS);
        assertThat(y).as("the input is left untouched").containsExactly(before);
        assertThat(f.method()).isEqualTo(forecaster().name());
        assertThat(f.mean()).hasSize(18);
        assertThat(finite(f.mean())).isTrue();
        assertThat(f.intervals()).extracting(Forecast.Interval::level).containsExactly(80, 95);
        Forecast.Interval i80 = f.intervals().get(0);
        Forecast.Interval i95 = f.intervals().get(1);
        for (int h = 0; h < 18; h++) {
            assertThat(i80.lower()[h]).as("80%% lower ≤ mean at h=%d", h + 1).isLessThanOrEqualTo(f.mean()[h]);
            assertThat(i80.upper()[h]).as("mean ≤ 80%% upper at h=%d", h + 1).isGreaterThanOrEqualTo(f.mean()[h]);
            assertThat(i95.lower()[h]).as("95%% contains 80%% at h=%d", h + 1).isLessThanOrEqualTo(i80.lower()[h]);
            assertThat(i95.upper()[h]).as("95%% contains 80%% at h=%d", h + 1).isGreaterThanOrEqualTo(i80.upper()[h]);
        }
    }
}
