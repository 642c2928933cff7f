package org.exportpulse.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.exportpulse.forecast.numeric.AberthRoots;
import org.exportpulse.forecast.numeric.PolynomialRoots;
import org.junit.jupiter.api.Test;

class EtsAdmissibilityTest {

    @Test
    void the_schur_cohn_test_decides_as_r_root_moduli_do_away_from_the_boundary() {
        SplittableRandom random = new SplittableRandom(11);
        int compared = 0;
        int admissible = 0;
        for (int draw = 0; draw < 20_000; draw++) {
            double alpha = random.nextDouble(0, 1.2);
            double beta = random.nextBoolean() ? 0 : random.nextDouble(0, alpha);
            double gamma = random.nextDouble(0, 1.2 - alpha);
            double phi = random.nextBoolean() ? 1 : random.nextDouble(0.8, 1);
            int m = random.nextBoolean() ? 12 : 4;
            double[] c = EtsAdmissibility.characteristic(alpha, beta, gamma, phi, m);
            double max = AberthRoots.maxModulus(phi == 1 && beta == 0 ? PolynomialRoots.divideByRoot(c, 1) : c);
            if (Math.abs(max - 1) < 1e-6) {
                continue; // too close to the boundary for either answer to be trusted to the last digit
            }
            boolean r = (phi == 1 && beta == 0 ? Math.max(1, max) : max) <= 1 + 1e-10;
            assertThat(EtsAdmissibility.stable(c, phi))
                    .as("alpha=%s beta=%s gamma=%s phi=%s m=%s max=%s", alpha, beta, gamma, phi, m, max)
                    .isEqualTo(r);
            compared++;
            admissible += r ? 1 : 0;
        }
        assertThat(compared).isGreaterThan(19_000);
        assertThat(admissible).as("both outcomes occur").isBetween(2_000, 18_000);
    }

    @Test
    void an_undamped_seasonal_level_has_its_unit_root_and_is_admissible_with_small_weights() {
        double[] c = EtsAdmissibility.characteristic(0.3, 0, 0.1, 1, 12);
        assertThat(PolynomialRoots.valueAt(c, 1)).isCloseTo(0, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(EtsAdmissibility.forecastable(0.3, Double.NaN, 0.1, 1, 12)).isTrue();
        assertThat(EtsAdmissibility.forecastable(0.3, Double.NaN, 1.9, 1, 12)).isFalse();
        assertThat(EtsAdmissibility.forecastable(2.5, Double.NaN, Double.NaN, 1, 1))
                .isFalse();
    }
}
