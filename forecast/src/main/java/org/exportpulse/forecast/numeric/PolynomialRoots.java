package org.exportpulse.forecast.numeric;

/**
 * Real polynomials of small degree (up to a few dozen, as characteristic equations have): whether
 * their roots lie inside the unit circle by the Schur–Cohn test (exact, O(d²), no root finding),
 * synthetic division by a known root, evaluation.
 */
public final class PolynomialRoots {

    private PolynomialRoots() {}

    /**
     * Whether every root of {@code c[0]·z^d + … + c[d]} lies strictly inside the unit circle, by the
     * Schur–Cohn recursion: the polynomial is stable when its constant term is smaller in magnitude
     * than its leading one and the polynomial {@code (c[0]·p(z) − c[d]·p*(z)) / z} one degree lower
     * is stable ({@code p*} has the coefficients reversed).
     *
     * @param c coefficients, highest power first; {@code c[0]} must not be zero
     * @return false when a root lies on or outside the unit circle
     */
    public static boolean allInsideUnitCircle(double[] c) {
        if (c.length == 0 || c[0] == 0) {
            throw new IllegalArgumentException("the leading coefficient must not be zero");
        }
        double[] a = c.clone();
        for (int n = a.length - 1; n > 0; n--) {
            double k = a[n] / a[0];
            if (!(Math.abs(k) < 1)) {
                return false;
            }
            double[] next = new double[n];
            for (int i = 0; i < n; i++) {
                next[i] = a[i] - k * a[n - i];
            }
            a = next;
        }
        return true;
    }

    /**
     * The quotient of {@code c[0]·z^d + … + c[d]} by {@code (z − root)} (synthetic division; the
     * remainder, {@code p(root)}, is dropped).
     *
     * @param c coefficients, highest power first, at least two
     * @return the d coefficients of the quotient, highest power first
     */
    public static double[] divideByRoot(double[] c, double root) {
        double[] q = new double[c.length - 1];
        double carry = 0;
        for (int i = 0; i < q.length; i++) {
            carry = c[i] + carry * root;
            q[i] = carry;
        }
        return q;
    }

    /** {@code p(x)} for real x by Horner's rule, coefficients highest power first. */
    public static double valueAt(double[] c, double x) {
        double v = 0;
        for (double coefficient : c) {
            v = v * x + coefficient;
        }
        return v;
    }
}
