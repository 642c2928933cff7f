package org.exportpulse.forecast.numeric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class PolynomialRootsTest {

    @Test
    void finds_real_and_complex_roots() {
        // (z − 0.5)(z + 2) = z² + 1.5z − 1
        assertThat(AberthRoots.maxModulus(new double[] {1, 1.5, -1})).isCloseTo(2, within(1e-12));
        // z² + 1: ±i
        assertThat(AberthRoots.maxModulus(new double[] {1, 0, 1})).isCloseTo(1, within(1e-12));
        // 2z³ − 2 = 2(z³ − 1): the cube roots of unity
        double[][] roots = AberthRoots.roots(new double[] {2, 0, 0, -2});
        assertThat(roots).hasNumberOfRows(3);
        for (double[] r : roots) {
            assertThat(Math.hypot(r[0], r[1])).isCloseTo(1, within(1e-12));
        }
        assertThat(Arrays.stream(roots).mapToDouble(r -> r[0]).sum()).isCloseTo(0, within(1e-12));
    }

    @Test
    void handles_a_double_root_and_degree_thirteen() {
        // (z − 0.9)² = z² − 1.8z + 0.81
        assertThat(AberthRoots.maxModulus(new double[] {1, -1.8, 0.81})).isCloseTo(0.9, within(1e-6));
        // z^13 − 0.5^13: all thirteen roots have modulus 0.5
        double[] c = new double[14];
        c[0] = 1;
        c[13] = -Math.pow(0.5, 13);
        assertThat(AberthRoots.maxModulus(c)).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void rejects_a_zero_leading_coefficient_or_non_finite_input() {
        assertThatThrownBy(() -> AberthRoots.roots(new double[] {0, 1})).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AberthRoots.roots(new double[] {1, Double.NaN}))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_schur_cohn_test_and_synthetic_division() {
        // (z − 0.5)(z + 0.9) = z² + 0.4z − 0.45: inside; (z − 0.5)(z + 2): not; z² + 1: on the circle, not inside
        assertThat(PolynomialRoots.allInsideUnitCircle(new double[] {1, 0.4, -0.45}))
                .isTrue();
        assertThat(PolynomialRoots.allInsideUnitCircle(new double[] {1, 1.5, -1}))
                .isFalse();
        assertThat(PolynomialRoots.allInsideUnitCircle(new double[] {1, 0, 1})).isFalse();
        // (z − 1)(z − 0.5) = z² − 1.5z + 0.5, divided by (z − 1)
        assertThat(PolynomialRoots.valueAt(new double[] {1, -1.5, 0.5}, 1)).isCloseTo(0, within(1e-15));
        assertThat(PolynomialRoots.divideByRoot(new double[] {1, -1.5, 0.5}, 1)).containsExactly(1, -0.5);
    }
}
