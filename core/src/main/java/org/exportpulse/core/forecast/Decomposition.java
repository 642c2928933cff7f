package org.exportpulse.core.forecast;

/** Classical decomposition helpers: autocorrelations, multiplicative seasonal indices, a least-squares slope. */
final class Decomposition {

    private Decomposition() {}

    /** Autocorrelations r(0) … r(maxLag). */
    static double[] acf(double[] y, int maxLag) {
        double mean = 0;
        for (double v : y) {
            mean += v;
        }
        mean /= y.length;
        double denom = 0;
        for (double v : y) {
            denom += (v - mean) * (v - mean);
        }
        double[] r = new double[maxLag + 1];
        for (int k = 0; k <= maxLag; k++) {
            double s = 0;
            for (int t = k; t < y.length; t++) {
                s += (y[t] - mean) * (y[t - k] - mean);
            }
            r[k] = denom == 0 ? 0 : s / denom;
        }
        return r;
    }

    /**
     * Seasonal indices by position {@code t mod period} (as R's {@code decompose(type =
     * "multiplicative")}): the series over its centred moving average, averaged by position,
     * scaled to average 1.
     */
    static double[] multiplicativeIndices(double[] y, int period) {
        int n = y.length;
        double[] sum = new double[period];
        int[] count = new int[period];
        int half = period / 2;
        for (int t = half; t < n - half; t++) {
            double trend;
            if (period % 2 == 0) {
                double s = 0.5 * y[t - half] + 0.5 * y[t + half];
                for (int k = -half + 1; k < half; k++) {
                    s += y[t + k];
                }
                trend = s / period;
            } else {
                double s = 0;
                for (int k = -half; k <= half; k++) {
                    s += y[t + k];
                }
                trend = s / period;
            }
            sum[t % period] += y[t] / trend;
            count[t % period]++;
        }
        double[] indices = new double[period];
        double total = 0;
        for (int i = 0; i < period; i++) {
            indices[i] = sum[i] / count[i];
            total += indices[i];
        }
        for (int i = 0; i < period; i++) {
            indices[i] /= total / period;
        }
        return indices;
    }

    static double[] adjust(double[] y, double[] indices) {
        double[] out = new double[y.length];
        for (int t = 0; t < y.length; t++) {
            out[t] = y[t] / indices[t % indices.length];
        }
        return out;
    }

    /** The least-squares slope of {@code y} on 0, 1, …, n − 1. */
    static double slope(double[] y) {
        int n = y.length;
        double tMean = (n - 1) / 2.0;
        double yMean = 0;
        for (double v : y) {
            yMean += v;
        }
        yMean /= n;
        double num = 0;
        double den = 0;
        for (int t = 0; t < n; t++) {
            num += (t - tMean) * (y[t] - yMean);
            den += (t - tMean) * (t - tMean);
        }
        return num / den;
    }
}
