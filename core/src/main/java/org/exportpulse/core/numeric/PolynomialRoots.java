package org.exportpulse.core.numeric;

/**
 * Roots of real polynomials of small degree (up to a few dozen, as characteristic equations have):
 * all of them by the Aberth–Ehrlich simultaneous iteration, or only whether they lie inside the unit
 * circle by the Schur–Cohn test, which is exact in O(d²) and many times faster.
 */
public final class PolynomialRoots {

    private static final int MAX_ITERATIONS = 500;

    private PolynomialRoots() {}

    /**
     * The largest modulus among the roots of {@code c[0]·z^d + c[1]·z^(d−1) + … + c[d]}.
     *
     * @param c coefficients, highest power first; {@code c[0]} must not be zero
     * @return 0 for a constant polynomial
     * @throws IllegalArgumentException when the leading coefficient is zero or a coefficient is not finite
     */
    public static double maxModulus(double[] c) {
        double[][] roots = roots(c);
        double max = 0;
        for (double[] r : roots) {
            max = Math.max(max, Math.hypot(r[0], r[1]));
        }
        return max;
    }

    /**
     * All roots as {re, im} pairs, in no particular order.
     *
     * @param c coefficients, highest power first
     */
    public static double[][] roots(double[] c) {
        if (c.length == 0 || c[0] == 0) {
            throw new IllegalArgumentException("the leading coefficient must not be zero");
        }
        for (double v : c) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("polynomial coefficient " + v + " is not finite");
            }
        }
        int d = c.length - 1;
        double[] a = new double[d + 1];
        for (int i = 0; i <= d; i++) {
            a[i] = c[i] / c[0];
        }
        double[] re = new double[d];
        double[] im = new double[d];
        double radius = 1;
        for (int i = 1; i <= d; i++) {
            radius = Math.max(radius, Math.abs(a[i]) + 1); // Cauchy's bound keeps the start near the roots
        }
        for (int k = 0; k < d; k++) {
            double angle = 2 * Math.PI * k / d + 0.4;
            re[k] = 0.5 * radius * Math.cos(angle);
            im[k] = 0.5 * radius * Math.sin(angle);
        }
        for (int iter = 0; iter < MAX_ITERATIONS; iter++) {
            double change = 0;
            for (int k = 0; k < d; k++) {
                double[] pd = valueAndDerivative(a, re[k], im[k]);
                // Newton ratio w = p / p'
                double den = pd[2] * pd[2] + pd[3] * pd[3];
                if (den == 0) {
                    continue;
                }
                double wr = (pd[0] * pd[2] + pd[1] * pd[3]) / den;
                double wi = (pd[1] * pd[2] - pd[0] * pd[3]) / den;
                double sr = 0;
                double si = 0;
                for (int j = 0; j < d; j++) {
                    if (j != k) {
                        double dr = re[k] - re[j];
                        double di = im[k] - im[j];
                        double dd = dr * dr + di * di;
                        sr += dr / dd;
                        si -= di / dd;
                    }
                }
                // correction = w / (1 − w·s)
                double qr = 1 - (wr * sr - wi * si);
                double qi = -(wr * si + wi * sr);
                double qq = qr * qr + qi * qi;
                double cr = (wr * qr + wi * qi) / qq;
                double ci = (wi * qr - wr * qi) / qq;
                re[k] -= cr;
                im[k] -= ci;
                change = Math.max(change, Math.hypot(cr, ci) / Math.max(1, Math.hypot(re[k], im[k])));
            }
            if (change < 1e-15) {
                break;
            }
        }
        double[][] out = new double[d][];
        for (int k = 0; k < d; k++) {
            out[k] = new double[] {re[k], im[k]};
        }
        return out;
    }

    /** {p(z).re, p(z).im, p'(z).re, p'(z).im} by Horner's rule. */
    private static double[] valueAndDerivative(double[] a, double zr, double zi) {
        double pr = a[0];
        double pi = 0;
        double dr = 0;
        double di = 0;
        for (int i = 1; i < a.length; i++) {
            double ndr = dr * zr - di * zi + pr;
            double ndi = dr * zi + di * zr + pi;
            dr = ndr;
            di = ndi;
            double npr = pr * zr - pi * zi + a[i];
            double npi = pr * zi + pi * zr;
            pr = npr;
            pi = npi;
        }
        return new double[] {pr, pi, dr, di};
    }

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
