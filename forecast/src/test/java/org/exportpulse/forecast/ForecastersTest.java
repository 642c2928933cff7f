package org.exportpulse.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import org.exportpulse.core.forecast.Accuracy;
import org.exportpulse.core.forecast.Forecast;
import org.exportpulse.core.forecast.Forecaster;
import org.junit.jupiter.api.Test;

class ForecastersTest {

    /** 6 years of a seasonal pattern (1 … 12, times a factor) on a linear trend. */
    private static double[] seasonalTrend(double factor, double slope) {
        double[] y = new double[72];
        for (int t = 0; t < y.length; t++) {
            y[t] = (100 + slope * t) * (1 + factor * Math.sin(2 * Math.PI * t / 12));
        }
        return y;
    }

    @Test
    void seasonal_naive_repeats_the_last_season_and_widens_by_whole_seasons() {
        double[] y = seasonalTrend(0.2, 0);
        Forecast f = new SeasonalNaive().forecast(y, 12, 24, List.of(95));
        for (int h = 0; h < 24; h++) {
            assertThat(f.mean()[h]).isEqualTo(y[60 + h % 12]);
        }
        Forecast.Interval i = f.intervals().get(0);
        double first = i.upper()[0] - i.lower()[0];
        assertThat(i.upper()[11] - i.lower()[11]).isCloseTo(first, within(1e-9));
        assertThat(i.upper()[12] - i.lower()[12]).isCloseTo(first * Math.sqrt(2), within(1e-9));
    }

    @Test
    void naive_repeats_the_last_value() {
        Forecast f = new Naive().forecast(new double[] {1, 2, 4}, 12, 3, List.of(80));
        assertThat(f.mean()).containsExactly(4, 4, 4);
    }

    @Test
    void theta_follows_a_trend_and_a_seasonal_pattern() {
        double[] y = seasonalTrend(0.3, 1.0);
        assertThat(Theta.isSeasonal(y, 12)).isTrue();
        Forecast f = new Theta().forecast(y, 12, 12, List.of(80, 95));
        for (int h = 0; h < 12; h++) {
            double t = 72 + h;
            double truth = (100 + t) * (1 + 0.3 * Math.sin(2 * Math.PI * t / 12));
            assertThat(f.mean()[h]).as("h=" + (h + 1)).isCloseTo(truth, within(0.06 * truth));
            assertThat(f.intervals().get(1).lower()[h])
                    .isLessThan(f.intervals().get(0).lower()[h]);
            assertThat(f.intervals().get(1).upper()[h])
                    .isGreaterThan(f.intervals().get(0).upper()[h]);
        }
    }

    @Test
    void a_series_without_seasonality_is_not_deseasonalised() {
        double[] y = new double[48];
        for (int t = 0; t < y.length; t++) {
            y[t] = 50 + t;
        }
        assertThat(Theta.isSeasonal(y, 12)).isFalse();
    }

    @Test
    void zeros_and_negatives_give_finite_forecasts() {
        double[] withZeros = seasonalTrend(0.3, 0);
        withZeros[5] = 0;
        assertThat(Theta.isSeasonal(withZeros, 12))
                .as("a zero is no reason to drop the seasonal pattern")
                .isTrue();
        withZeros[17] = -3;
        assertThat(Theta.isSeasonal(withZeros, 12)).as("a negative value is").isFalse();
        for (Forecaster method : Forecasters.coreOnly().all()) {
            Forecast f = method.forecast(withZeros, 12, 24, List.of(80, 95));
            assertThat(Arrays.stream(f.mean()).allMatch(Double::isFinite))
                    .as(method.name())
                    .isTrue();
            assertThat(Arrays.stream(f.intervals().get(1).upper()).allMatch(Double::isFinite))
                    .as(method.name())
                    .isTrue();
        }
    }

    @Test
    void a_combination_averages_its_members_means_and_interval_bounds() {
        double[] y = seasonalTrend(0.2, 0.5);
        List<Integer> levels = List.of(80, 95);
        Forecast a = new SeasonalNaive().forecast(y, 12, 6, levels);
        Forecast b = new Naive().forecast(y, 12, 6, levels);
        Forecast c = new Combination("comb", List.of(new SeasonalNaive(), new Naive())).forecast(y, 12, 6, levels);
        assertThat(c.model()).isEqualTo("snaive + naive");
        for (int h = 0; h < 6; h++) {
            assertThat(c.mean()[h]).isCloseTo((a.mean()[h] + b.mean()[h]) / 2, within(1e-12));
            for (int i = 0; i < 2; i++) {
                assertThat(c.intervals().get(i).lower()[h])
                        .isCloseTo(
                                (a.intervals().get(i).lower()[h]
                                                + b.intervals().get(i).lower()[h])
                                        / 2,
                                within(1e-12));
                assertThat(c.intervals().get(i).upper()[h])
                        .isCloseTo(
                                (a.intervals().get(i).upper()[h]
                                                + b.intervals().get(i).upper()[h])
                                        / 2,
                                within(1e-12));
            }
        }
        assertThatThrownBy(() -> new Combination("comb", List.of(new Naive()))).hasMessageContaining("at least two");
    }

    @Test
    void ses_finds_the_least_squares_initial_level() {
        double[] y = {10, 10, 10, 10, 10};
        Ses s = Ses.fit(y);
        assertThat(s.sse()).isCloseTo(0, within(1e-9));
        assertThat(s.level()).isCloseTo(10, within(1e-9));
    }

    @Test
    void normal_quantiles_are_right_to_six_digits() {
        assertThat(Normal.multiplier(95)).isCloseTo(1.959964, within(1e-6));
        assertThat(Normal.multiplier(80)).isCloseTo(1.281552, within(1e-6));
        assertThat(Normal.quantile(0.001)).isCloseTo(-3.090232, within(1e-6));
    }

    @Test
    void accuracy_measures_follow_the_m4_definitions() {
        assertThat(Accuracy.smape(new double[] {100, 200}, new double[] {110, 180}))
                .isCloseTo((200 * 10 / 210.0 + 200 * 20 / 380.0) / 2, within(1e-12));
        double[] train = {1, 2, 3, 5, 6, 7};
        // seasonal naive in-sample errors with m = 3: |5-1|, |6-2|, |7-3| → scale 4
        assertThat(Accuracy.mase(train, new double[] {10}, new double[] {8}, 3)).isCloseTo(0.5, within(1e-12));
        assertThat(Accuracy.coverage(
                        new double[] {1, 5}, new Forecast.Interval(80, new double[] {0, 0}, new double[] {2, 2})))
                .isEqualTo(50.0);
    }

    @Test
    void methods_by_name_and_those_whose_engine_is_missing_say_so() {
        Forecasters core = Forecasters.coreOnly();
        assertThat(core.byName("THETA").name()).isEqualTo("theta");
        assertThat(core.byName("ets")).isInstanceOf(Ets.class);
        assertThat(core.byName("auto")).isSameAs(core.defaultMethod()).isInstanceOf(Ets.class);
        assertThatThrownBy(() -> core.byName("arima"))
                .hasMessage("method arima needs the ARIMA engine, which is not available here (available: auto, ets,"
                        + " theta, snaive, naive)");
        assertThatThrownBy(() -> core.byName("prophet")).hasMessageContaining("is not known");
        Forecaster arima = new Forecaster() {
            @Override
            public String name() {
                return "arima";
            }

            @Override
            public Forecast forecast(double[] y, int period, int horizon, List<Integer> levels) {
                return new Naive().forecast(y, period, horizon, levels);
            }
        };
        Forecasters full = Forecasters.with(arima);
        assertThat(full.byName("auto")).isSameAs(full.defaultMethod()).isInstanceOf(Combination.class);
        assertThat(full.byName("auto").name()).isEqualTo("auto");
        assertThat(((Combination) full.byName("auto")).memberNames()).containsExactly("ets", "arima", "theta");
        assertThat(((Combination) full.byName("comb")).memberNames()).containsExactly("ets", "arima", "theta");
        assertThatThrownBy(() -> new SeasonalNaive().forecast(new double[12], 12, 1, List.of(80)))
                .hasMessageContaining("more than one season");
    }
}
