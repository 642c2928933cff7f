package org.exportpulse.forecast;

import java.util.Arrays;
import org.exportpulse.forecast.EtsModel.Component;

/**
 * Starting values for an ETS model's initial state, as R's {@code forecast:::initstate}: seasonal
 * states from a classical decomposition of the whole series (a linear trend plus one Fourier pair when
 * it is shorter than three periods), then level and slope from a straight line through the first
 * {@code max(10, 2m)} seasonally adjusted values. The optimiser starts from these.
 */
final class EtsInitialState {

    private EtsInitialState() {}

    /**
     * @return {@code [level, slope?, s0 … s(m−2)?]}: the last seasonal state is implied by the others
     *     (they sum to 0, or to m when multiplicative)
     */
    static double[] of(double[] y, EtsModel model, int m) {
        int period = model.season() == Component.NONE ? 1 : m;
        double[] adjusted = y.clone();
        double[] seasons = new double[0];
        if (model.season() != Component.NONE) {
            boolean multiplicative = model.season() == Component.MULTIPLICATIVE;
            double[] seasonal = seasonal(y, m, multiplicative);
            seasons = new double[m - 1];
            for (int i = 0; i < m - 1; i++) {
                seasons[i] = seasonal[m - 1 - i]; // R: rev(seasonal[2:m])
            }
            adjusted = Arrays.copyOf(y, Math.min(y.length, seasonal.length));
            for (int t = 0; t < adjusted.length; t++) {
                adjusted[t] = multiplicative ? y[t] / Math.max(seasonal[t], 1e-2) : y[t] - seasonal[t];
            }
            if (multiplicative) {
                double sum = 0;
                for (int i = 0; i < seasons.length; i++) {
                    seasons[i] = Math.max(seasons[i], 1e-2);
                    sum += seasons[i];
                }
                if (sum > m) {
                    for (int i = 0; i < seasons.length; i++) {
                        seasons[i] /= sum + 1e-2 * seasons.length;
                    }
                }
            }
        }
        int maxn = Math.min(Math.max(10, 2 * period), adjusted.length);
        double[] head = Arrays.copyOf(adjusted, maxn);
        double[] out;
        if (model.trend() == Component.NONE) {
            out = new double[] {Arrays.stream(head).average().orElseThrow()};
        } else {
            double[] line = line(head);
            double l0 = line[0];
            double b0 = line[1];
            if (Math.abs(l0 + b0) < 1e-8) {
                l0 *= 1 + 1e-3;
                b0 *= 1 - 1e-3;
            }
            out = new double[] {l0, b0};
        }
        double[] state = Arrays.copyOf(out, out.length + seasons.length);
        System.arraycopy(seasons, 0, state, out.length, seasons.length);
        return state;
    }

    /** The seasonal component: a classical decomposition, or a line plus one Fourier pair under 3m values. */
    private static double[] seasonal(double[] y, int m, boolean multiplicative) {
        int n = y.length;
        if (n >= 3 * m) {
            double[] indices =
                    multiplicative ? Decomposition.multiplicativeIndices(y, m) : Decomposition.additiveIndices(y, m);
            double[] seasonal = new double[n];
            for (int t = 0; t < seasonal.length; t++) {
                seasonal[t] = indices[t % m];
            }
            return seasonal;
        }
        double[] trend = fourierTrend(y, m);
        double[] seasonal = new double[n];
        for (int t = 0; t < n; t++) {
            double line = trend[0] + trend[1] * (t + 1);
            seasonal[t] = multiplicative ? y[t] / line : y[t] - line;
        }
        return seasonal;
    }

    /** Intercept and slope of {@code y ~ 1 + t + sin(2πt/m) + cos(2πt/m)}, t = 1 … n. */
    private static double[] fourierTrend(double[] y, int m) {
        int n = y.length;
        double[][] x = new double[n][];
        for (int t = 1; t <= n; t++) {
            double angle = 2 * Math.PI * t / m;
            x[t - 1] = new double[] {1, t, Math.sin(angle), Math.cos(angle)};
        }
        return LeastSquares.fit(x, y);
    }

    /** Intercept (value at t = 0) and slope of the least-squares line through t = 1 … n. */
    private static double[] line(double[] y) {
        double[][] x = new double[y.length][];
        for (int t = 1; t <= y.length; t++) {
            x[t - 1] = new double[] {1, t};
        }
        return LeastSquares.fit(x, y);
    }
}
