package org.exportpulse.forecast.numeric;

/**
 * All complex roots of a real polynomial by the Aberth–Ehrlich simultaneous iteration: the oracle
 * the Schur–Cohn test in {@link PolynomialRoots} is checked against.
 */
public final class AberthRoots {

    private static final int MAX_ITERATIONS = 500;

    private AberthRoots() {}

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
}
