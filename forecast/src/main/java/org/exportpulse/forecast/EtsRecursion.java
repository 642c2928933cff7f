package org.exportpulse.forecast;

import java.util.Arrays;
import org.exportpulse.forecast.EtsModel.Component;

/**
 * The state-space recursions of one ETS model with fixed smoothing parameters, in the error-correction
 * form R's {@code forecast} package uses ({@code etscalc}): the state is {@code [level, slope?,
 * s0 … s(m−1)?]} with {@code s0} the most recent seasonal state and {@code s(m−1)} the one the next
 * observation uses. A numeric kernel: methods work in place on the caller's arrays.
 */
final class EtsRecursion {

    private static final double TOL = 1.0e-10;
    private static final double HUGE = 1.0e10;

    private final boolean additiveError;
    private final Component trend;
    private final Component season;
    private final int m;
    private final double alpha;
    private final double beta;
    private final double gamma;
    private final double phi;

    /**
     * @param m the seasonal period (ignored without a seasonal component)
     * @param beta slope smoothing (ignored without a trend)
     * @param gamma seasonal smoothing (ignored without a season)
     * @param phi damping, 1 for an undamped trend
     */
    EtsRecursion(EtsModel model, int m, double alpha, double beta, double gamma, double phi) {
        this.additiveError = model.error() == Component.ADDITIVE;
        this.trend = model.trend();
        this.season = model.season();
        this.m = season == Component.NONE ? 1 : m;
        this.alpha = alpha;
        this.beta = beta;
        this.gamma = gamma;
        this.phi = phi;
    }

    /** How many numbers the state holds. */
    int stateSize() {
        return 1 + (trend != Component.NONE ? 1 : 0) + (season != Component.NONE ? m : 0);
    }

    /**
     * Runs the recursion over {@code y} from {@code state} (left as the state after the last value).
     * The same arithmetic as {@link #update} with the seasonal states in a ring, so that each step
     * costs the same whatever the period: this loop is where model fitting spends its time.
     *
     * @param residuals receives each one-step error (relative for multiplicative errors), or null
     * @return R's objective {@code n·log(Σe²)} (plus {@code 2·Σlog|ŷ|} for multiplicative errors)
     */
    double run(double[] y, double[] state, double[] residuals) {
        boolean hasTrend = trend != Component.NONE;
        boolean hasSeason = season != Component.NONE;
        boolean multiplicativeSeason = season == Component.MULTIPLICATIVE;
        int first = hasTrend ? 2 : 1;
        double l = state[0];
        double b = hasTrend ? state[1] : 0;
        double[] ring = hasSeason ? Arrays.copyOfRange(state, first, first + m) : null;
        int oldest = m - 1;
        double sse = 0;
        double product = 1; // Σlog|ŷ| kept as a mantissa product and a binary exponent: one log at the end
        long exponent = 0;
        double ratio = beta / alpha;
        for (int i = 0; i < y.length; i++) {
            double phib = hasTrend ? phi * b : 0;
            double q = l + phib;
            double olds = hasSeason ? ring[oldest] : 0;
            double f = !hasSeason ? q : multiplicativeSeason ? q * olds : q + olds;
            double e = additiveError ? y[i] - f : (y[i] - f) / f;
            if (residuals != null) {
                residuals[i] = e;
            }
            sse += e * e;
            if (!additiveError) {
                product *= Math.abs(f);
                int shift = Math.getExponent(product);
                exponent += shift;
                product = Math.scalb(product, -shift);
            }
            double p;
            if (!hasSeason) {
                p = y[i];
            } else if (!multiplicativeSeason) {
                p = y[i] - olds;
            } else {
                p = Math.abs(olds) < TOL ? HUGE : y[i] / olds;
            }
            double newl = q + alpha * (p - q);
            if (hasTrend) {
                b = phib + ratio * (newl - l - phib);
            }
            l = newl;
            if (hasSeason) {
                double t;
                if (!multiplicativeSeason) {
                    t = y[i] - q;
                } else {
                    t = Math.abs(q) < TOL ? HUGE : y[i] / q;
                }
                ring[oldest] = olds + gamma * (t - olds);
                oldest = oldest == 0 ? m - 1 : oldest - 1;
            }
        }
        state[0] = l;
        if (hasTrend) {
            state[1] = b;
        }
        if (hasSeason) {
            for (int j = 0; j < m; j++) {
                state[first + j] = ring[(oldest + 1 + j) % m];
            }
        }
        double lik = y.length * Math.log(sse);
        return additiveError ? lik : lik + 2 * (Math.log(product) + exponent * Math.log(2));
    }

    /** The one-step forecast from {@code state}. */
    double oneStep(double[] state) {
        double f = trend == Component.NONE ? state[0] : state[0] + phi * state[1];
        if (season == Component.ADDITIVE) {
            f += state[state.length - 1];
        } else if (season == Component.MULTIPLICATIVE) {
            f *= state[state.length - 1];
        }
        return f;
    }

    /** Point forecasts for horizons 1 … {@code out.length} from {@code state}, which is not changed. */
    void forecast(double[] state, double[] out) {
        int first = trend == Component.NONE ? 1 : 2;
        double phistar = phi;
        for (int i = 0; i < out.length; i++) {
            double f = trend == Component.NONE ? state[0] : state[0] + phistar * state[1];
            int j = m - 1 - i;
            while (j < 0) {
                j += m;
            }
            if (season == Component.ADDITIVE) {
                f += state[first + j];
            } else if (season == Component.MULTIPLICATIVE) {
                f *= state[first + j];
            }
            out[i] = f;
            phistar += Math.abs(phi - 1.0) < TOL ? 1.0 : Math.pow(phi, i + 1);
        }
    }

    /** Moves {@code state} on by one observation {@code y}. */
    void update(double[] state, double y) {
        double oldl = state[0];
        double phib = trend == Component.NONE ? 0 : phi * state[1];
        double q = oldl + phib;
        int first = trend == Component.NONE ? 1 : 2;
        double olds = season == Component.NONE ? 0 : state[first + m - 1];
        double p;
        if (season == Component.NONE) {
            p = y;
        } else if (season == Component.ADDITIVE) {
            p = y - olds;
        } else {
            p = Math.abs(olds) < TOL ? HUGE : y / olds;
        }
        double l = q + alpha * (p - q);
        state[0] = l;
        if (trend != Component.NONE) {
            state[1] = phib + (beta / alpha) * (l - oldl - phib);
        }
        if (season != Component.NONE) {
            double t;
            if (season == Component.ADDITIVE) {
                t = y - q;
            } else {
                t = Math.abs(q) < TOL ? HUGE : y / q;
            }
            System.arraycopy(state, first, state, first + 1, m - 1);
            state[first] = olds + gamma * (t - olds);
        }
    }
}
