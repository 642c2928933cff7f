package org.exportpulse.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import org.exportpulse.core.forecast.Forecast;
import org.exportpulse.forecast.EtsModel.Component;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EtsTest {

    static double[] air;

    @BeforeAll
    static void load() throws Exception {
        EtsAnchorTest.load();
        air = EtsAnchorTest.air;
    }

    @Test
    void names_parse_in_r_and_short_forms_and_bad_names_say_what_is_expected() {
        assertThat(EtsModel.parse("ETS(M,Ad,M)"))
                .isEqualTo(new EtsModel(Component.MULTIPLICATIVE, Component.ADDITIVE, true, Component.MULTIPLICATIVE));
        assertThat(EtsModel.parse("aan").label()).isEqualTo("ETS(A,A,N)");
        assertThatThrownBy(() -> EtsModel.parse("XYZ")).hasMessageContaining("expected e.g. ETS(M,Ad,M)");
        assertThatThrownBy(() -> EtsModel.parse("ANM"))
                .hasMessageContaining("additive errors with multiplicative seasonality");
        assertThatThrownBy(() -> EtsModel.parse("ANdN")).hasMessageContaining("only a trend can be damped");
    }

    @Test
    void compares_fifteen_models_on_positive_data_and_six_additive_ones_otherwise() {
        assertThat(EtsModel.candidates(true, true)).hasSize(15);
        assertThat(EtsModel.candidates(false, true)).hasSize(6).noneMatch(EtsModel::multiplicative);
        assertThat(EtsModel.candidates(true, false)).hasSize(6).allMatch(m -> m.season() == Component.NONE);
    }

    @Test
    void simulated_paths_agree_with_the_closed_form_moments_of_a_damped_multiplicative_model() {
        EtsFit fit = new Ets(EtsModel.parse("MAdM")).fit(air, 12);
        EtsMoments.Moments moments = EtsMoments.of(fit, 24);
        double[][] paths = fit.simulate(24, 40_000, 7);

        for (int h : new int[] {0, 11, 23}) {
            double mean = 0;
            for (double[] p : paths) {
                mean += p[h];
            }
            mean /= paths.length;
            double var = 0;
            for (double[] p : paths) {
                var += (p[h] - mean) * (p[h] - mean);
            }
            var /= paths.length - 1;
            double sd = Math.sqrt(moments.variance()[h]);
            assertThat(mean)
                    .as("mean at h=" + (h + 1))
                    .isCloseTo(moments.mean()[h], within(4 * sd / Math.sqrt(paths.length)));
            assertThat(Math.sqrt(var)).as("sd at h=" + (h + 1)).isCloseTo(sd, within(0.03 * sd));
        }
    }

    @Test
    void the_fitting_loop_moves_the_state_exactly_as_the_step_by_step_update_does() {
        for (String name : List.of("MAdM", "AAdA", "MNM", "ANN")) {
            EtsFit fit = new Ets(EtsModel.parse(name)).fit(air, 12);
            EtsRecursion r = fit.recursion();
            double[] ring = fit.initialState().clone();
            r.run(air, ring, null);
            double[] stepped = fit.initialState().clone();
            for (double v : air) {
                r.update(stepped, v);
            }
            for (int i = 0; i < ring.length; i++) {
                assertThat(ring[i])
                        .as(name + " state " + i)
                        .isCloseTo(stepped[i], within(1e-9 * Math.abs(stepped[i]) + 1e-12));
            }
            assertThat(ring).as(name).containsExactly(fit.finalState(), within(1e-9));
        }
    }

    @Test
    void the_same_seed_gives_the_same_paths() {
        EtsFit fit = new Ets(EtsModel.parse("ANN")).fit(air, 12);
        assertThat(fit.simulate(5, 10, 3)).isDeepEqualTo(fit.simulate(5, 10, 3));
        assertThat(fit.simulate(5, 10, 3)[0]).isNotEqualTo(fit.simulate(5, 10, 4)[0]);
    }

    @Test
    void a_series_with_a_zero_gets_an_additive_model_and_a_fixed_multiplicative_one_is_refused() {
        double[] y = air.clone();
        y[30] = 0;
        EtsFit fit = new Ets().fit(y, 12);
        assertThat(fit.model().multiplicative()).isFalse();
        assertThatThrownBy(() -> new Ets(EtsModel.parse("MNN")).fit(y, 12))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("needs values above zero");
        double[] negative = air.clone();
        negative[5] = -3;
        assertThat(Arrays.stream(
                        new Ets().forecast(negative, 12, 6, List.of(80)).mean()))
                .allMatch(Double::isFinite);
    }

    @Test
    void a_constant_series_is_forecast_as_itself_with_no_width() {
        double[] y = new double[30];
        Arrays.fill(y, 5.5);
        Forecast f = new Ets().forecast(y, 12, 3, List.of(95));
        assertThat(f.mean()).containsExactly(5.5, 5.5, 5.5);
        assertThat(f.intervals().get(0).lower()).containsExactly(5.5, 5.5, 5.5);
        assertThat(f.model()).isEqualTo("constant");
    }

    @Test
    void short_series_fall_back_to_models_their_length_supports_or_get_a_clear_message() {
        double[] twelve = Arrays.copyOf(air, 12);
        EtsFit fit = new Ets().fit(twelve, 12);
        assertThat(fit.model().season())
                .as("no more values than one period: no season")
                .isEqualTo(Component.NONE);

        double[] twenty = Arrays.copyOf(air, 16);
        assertThatThrownBy(() -> new Ets(EtsModel.parse("MAM")).fit(twenty, 12))
                .hasMessageContaining("cannot be fitted to 16 values");
        assertThatThrownBy(() -> new Ets().forecast(new double[] {1, 2, 3}, 12, 2, List.of(80)))
                .hasMessageContaining("at least 7 values");
    }

    @Test
    void a_seasonal_series_between_one_and_three_periods_starts_from_the_fourier_fit() {
        double[] thirty = Arrays.copyOf(air, 30);
        EtsFit fit = new Ets(EtsModel.parse("ANA")).fit(thirty, 12);
        assertThat(fit.initialState()).hasSize(13);
        assertThat(fit.aicc()).isFinite();
        assertThat(Arrays.stream(fit.pointForecasts(12))).allMatch(v -> v > 100 && v < 300);
    }
}
