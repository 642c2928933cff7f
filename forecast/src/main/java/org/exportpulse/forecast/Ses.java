package org.exportpulse.forecast;

/**
 * Simple exponential smoothing fitted by least squares: for each smoothing weight the best initial
 * level has a closed form (the errors are linear in it); the weight is found by a grid over (0, 1)
 * refined with golden-section search.
 *
 * @param alpha smoothing weight
 * @param level the final level (the point forecast for every horizon)
 * @param sse sum of squared one-step errors
 */
record Ses(double alpha, double level, double sse) {

    private static final double LOW = 1e-4;
    private static final double HIGH = 0.9999;

    static Ses fit(double[] y) {
        double best = LOW;
        double bestSse = Double.POSITIVE_INFINITY;
        for (int i = 0; i <= 50; i++) {
            double a = LOW + (HIGH - LOW) * i / 50;
            double s = evaluate(y, a).sse();
            if (s < bestSse) {
                bestSse = s;
                best = a;
            }
        }
        double lo = Math.max(LOW, best - (HIGH - LOW) / 50);
        double hi = Math.min(HIGH, best + (HIGH - LOW) / 50);
        double g = (Math.sqrt(5) - 1) / 2;
        for (int i = 0; i < 60; i++) {
            double a = hi - g * (hi - lo);
            double b = lo + g * (hi - lo);
            if (evaluate(y, a).sse() < evaluate(y, b).sse()) {
                hi = b;
            } else {
                lo = a;
            }
        }
        return evaluate(y, (lo + hi) / 2);
    }

    /** The fit for weight {@code alpha} with its least-squares initial level. */
    static Ses evaluate(double[] y, double alpha) {
        int n = y.length;
        // with l0 = 0: level a(t); the level's weight on l0 after t steps is (1 - alpha)^t
        double a = 0;
        double c = 1;
        double num = 0;
        double den = 0;
        for (int t = 0; t < n; t++) {
            double base = y[t] - a;
            num += base * c;
            den += c * c;
            a = alpha * y[t] + (1 - alpha) * a;
            c *= 1 - alpha;
        }
        double l0 = den == 0 ? y[0] : num / den;
        double level = l0;
        double sse = 0;
        for (double v : y) {
            double e = v - level;
            sse += e * e;
            level += alpha * e;
        }
        return new Ses(alpha, level, sse);
    }
}
