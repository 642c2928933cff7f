package org.exportpulse.forecast;

/** Classical decomposition helpers: autocorrelations, seasonal indices, a least-squares slope. */
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
        return indices(y, period, true);
    }

    /**
     * Seasonal effects by position {@code t mod period} (as R's {@code decompose(type =
     * "additive")}): the series minus its centred moving average, averaged by position, centred on 0.
     */
    static double[] additiveIndices(double[] y, int period) {
        return indices(y, period, false);
    }

    private static double[] indices(double[] y, int period, boolean multiplicative) {
        int n = y.length;
        double[] sum = new double[period];
        int[] count = new int[period];
        int half = period / 2;
        for (int t = half; t < n - half; t++) {
            double trend = centredAverage(y, t, period);
            sum[t % period] += multiplicative ? y[t] / trend : y[t] - trend;
            count[t % period]++;
        }
        double[] indices = new double[period];
        double total = 0;
        for (int i = 0; i < period; i++) {
            indices[i] = sum[i] / count[i];
            total += indices[i];
        }
        double mean = total / period;
        for (int i = 0; i < period; i++) {
            indices[i] = multiplicative ? indices[i] / mean : indices[i] - mean;
        }
        return indices;
    }

    /** The centred moving average over one period at {@code t} (2×m for even m). */
    private static double centredAverage(double[] y, int t, int period) {
        int half = period / 2;
        double s = 0;
        if (period % 2 == 0) {
            s = 0.5 * y[t - half] + 0.5 * y[t + half];
            for (int k = -half + 1; k < half; k++) {
                s += y[t + k];
            }
        } else {
            for (int k = -half; k <= half; k++) {
                s += y[t + k];
            }
        }
        return s / period;
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
