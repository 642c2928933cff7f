package org.exportpulse.forecast.numeric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class NelderMeadTest {

    static double rosenbrock(double[] x) {
        return 100 * Math.pow(x[1] - x[0] * x[0], 2) + Math.pow(1 - x[0], 2);
    }

    @Test
    void takes_the_steps_r_optim_takes_on_rosenbrock() {
        // R 4: optim(c(-1.2, 1), fr) gives par 1.00026013872567 1.00050599930377, value
        // 8.82524109672275e-08, 195 function evaluations
        NelderMead.Result r =
                NelderMead.minimize(NelderMeadTest::rosenbrock, new double[] {-1.2, 1}, 1.490116119384765625e-8, 500);

        assertThat(r.point()[0]).isCloseTo(1.00026013872567, within(1e-12));
        assertThat(r.point()[1]).isCloseTo(1.00050599930377, within(1e-12));
        assertThat(r.value()).isCloseTo(8.82524109672275e-08, within(1e-18));
        assertThat(r.evaluations()).isEqualTo(195);
        assertThat(r.converged()).isTrue();
    }

    @Test
    void treats_rejected_points_as_very_bad_and_stays_inside() {
        NelderMead.Result r = NelderMead.minimize(
                x -> x[0] < 0.5 ? Double.POSITIVE_INFINITY : (x[0] - 0.2) * (x[0] - 0.2),
                new double[] {2},
                1e-10,
                1000);

        assertThat(r.point()[0]).isCloseTo(0.5, within(1e-3)).isGreaterThanOrEqualTo(0.5);
    }

    @Test
    void stops_at_the_evaluation_budget_and_says_so() {
        NelderMead.Result r = NelderMead.minimize(NelderMeadTest::rosenbrock, new double[] {-1.2, 1}, 1e-15, 20);

        assertThat(r.converged()).isFalse();
        assertThat(r.evaluations()).isBetween(20, 24);
    }

    @Test
    void refuses_a_start_where_the_function_is_not_finite() {
        assertThatThrownBy(() -> NelderMead.minimize(x -> Double.NaN, new double[] {1}, 1e-8, 100))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("initial parameters");
    }
}
