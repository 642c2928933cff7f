package org.exportpulse.forecast;

import org.exportpulse.forecast.numeric.PolynomialRoots;

/**
 * The admissible region of ETS smoothing parameters (Hyndman et al. 2008, ch. 10; R's {@code
 * forecast:::admissible}): the parameters for which forecasts depend less and less on the distant
 * past, that is the discount matrix {@code F − g·w'} has its eigenvalues inside the unit circle.
 */
final class EtsAdmissibility {

    private EtsAdmissibility() {}

    /**
     * @param beta NaN without a trend
     * @param gamma NaN without a season
     * @param phi 1 for an undamped trend or none
     * @param m the seasonal period (used only with a season)
     */
    static boolean forecastable(double alpha, double beta, double gamma, double phi, int m) {
        if (phi < 0 || phi > 1 + 1e-8) {
            return false;
        }
        if (Double.isNaN(gamma)) {
            if (alpha < 1 - 1 / phi || alpha > 1 + 1 / phi) {
                return false;
            }
            return Double.isNaN(beta) || (beta >= alpha * (phi - 1) && beta <= (1 + phi) * (2 - alpha));
        }
        double b = Double.isNaN(beta) ? 0 : beta;
        if (gamma < Math.max(1 - 1 / phi - alpha, 0) || gamma > 1 + 1 / phi - alpha) {
            return false;
        }
        if (alpha < 1 - 1 / phi - gamma * (1 - m + phi + phi * m) / (2 * phi * m)) {
            return false;
        }
        if (b < -(1 - phi) * (gamma / m + alpha)) {
            return false;
        }
        return stable(characteristic(alpha, b, gamma, phi, m), phi);
    }

    /** The seasonal model's characteristic polynomial, highest power first (degree m + 1). */
    static double[] characteristic(double alpha, double beta, double gamma, double phi, int m) {
        double[] c = new double[m + 2];
        c[0] = 1;
        c[1] = alpha + beta - phi;
        for (int i = 2; i < m; i++) {
            c[i] = alpha + beta - alpha * phi;
        }
        c[m] = alpha + beta - alpha * phi + gamma - 1;
        c[m + 1] = phi * (1 - alpha - gamma);
        return c;
    }

    /**
     * R asks whether the largest root modulus is at most 1 + 1e-10. An undamped model without a slope
     * always has the root 1 (the level's unit root): it is divided out, and the rest must lie strictly
     * inside the unit circle, which the Schur–Cohn test answers exactly and far faster than finding
     * the roots.
     */
    static boolean stable(double[] c, double phi) {
        double scale = 0;
        for (double v : c) {
            scale += Math.abs(v);
        }
        double[] rest = c;
        if (phi == 1 && Math.abs(PolynomialRoots.valueAt(c, 1)) <= 1e-12 * scale) {
            rest = PolynomialRoots.divideByRoot(c, 1);
        }
        return PolynomialRoots.allInsideUnitCircle(rest);
    }
}
