package org.exportpulse.forecast;

import java.util.Arrays;
import java.util.Optional;
import org.exportpulse.forecast.EtsModel.Component;
import org.exportpulse.forecast.numeric.NelderMead;

/**
 * Fits one ETS model by maximum likelihood as R's {@code forecast::ets} does: smoothing parameters and
 * initial states together by Nelder–Mead (up to 2,000 evaluations, relative tolerance 1.49e-8) from
 * R's starting values, inside both the usual bounds (each weight in [0.0001, 0.9999], β ≤ α, γ ≤ 1 −
 * α, φ in [0.8, 0.98]) and the admissible region (the state-space model is forecastable: the
 * discount matrix's eigenvalues lie in the unit circle).
 */
final class EtsEstimator {

    static final double[] LOWER = {1e-4, 1e-4, 1e-4, 0.8};
    static final double[] UPPER = {0.9999, 0.9999, 0.9999, 0.98};
    private static final int MAX_EVALUATIONS = 2000;
    private static final double RELTOL = Math.sqrt(Math.ulp(1.0));

    private EtsEstimator() {}

    /**
     * @return empty when the series is too short for the model's parameters (R's rule: at least as
     *     many parameters as values minus one) or the optimiser finds no admissible point
     */
    static Optional<EtsFit> fit(double[] y, EtsModel model, int m) {
        Layout layout = new Layout(model, model.season() == Component.NONE ? 1 : m);
        double[] start = layout.start(EtsInitialState.of(y, model, m));
        if (start.length >= y.length - 1) {
            return Optional.empty();
        }
        NelderMead.Result best;
        try {
            best = NelderMead.minimize(p -> objective(y, layout, p), start, RELTOL, MAX_EVALUATIONS);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (!(best.value() < 1e35)) {
            return Optional.empty();
        }
        return Optional.of(result(y, layout, best.point()));
    }

    private static double objective(double[] y, Layout layout, double[] p) {
        if (!layout.admissible(p)) {
            return Double.POSITIVE_INFINITY;
        }
        double[] state = layout.initialState(p);
        if (state == null) {
            return Double.POSITIVE_INFINITY;
        }
        double lik = layout.recursion(p).run(y, state, null);
        if (Double.isNaN(lik)) {
            return Double.POSITIVE_INFINITY;
        }
        return Math.max(lik, -1e10); // R's guard against perfect fits
    }

    private static EtsFit result(double[] y, Layout layout, double[] p) {
        double[] initial = layout.initialState(p);
        double[] state = initial.clone();
        double[] residuals = new double[y.length];
        double lik = layout.recursion(p).run(y, state, residuals);
        int n = y.length;
        int np = p.length + 1;
        double aic = lik + 2 * np;
        double sse = 0;
        for (double e : residuals) {
            sse += e * e;
        }
        return new EtsFit(
                layout.model,
                layout.m,
                p[0],
                layout.beta(p),
                layout.gamma(p),
                layout.model.damped() ? layout.phi(p) : Double.NaN,
                initial,
                state,
                -0.5 * lik,
                aic,
                aic + 2.0 * np * (np + 1) / (n - np - 1),
                lik + Math.log(n) * np,
                sse / (n - p.length),
                n);
    }

    /** Where each parameter sits in the optimiser's vector: α, β?, γ?, φ?, then the free initial states. */
    private static final class Layout {
        final EtsModel model;
        final int m;
        final int betaAt;
        final int gammaAt;
        final int phiAt;
        final int statesAt;

        Layout(EtsModel model, int m) {
            this.model = model;
            this.m = m;
            int next = 1;
            betaAt = model.trend() != Component.NONE ? next++ : -1;
            gammaAt = model.season() != Component.NONE ? next++ : -1;
            phiAt = model.damped() ? next++ : -1;
            statesAt = next;
        }

        /** R's {@code initparam}: the starting smoothing parameters, then the starting states. */
        double[] start(double[] states) {
            double[] p = Arrays.copyOf(new double[statesAt], statesAt + states.length);
            double alpha = LOWER[0] + 0.2 * (UPPER[0] - LOWER[0]) / m;
            if (alpha > 1 || alpha < 0) {
                alpha = LOWER[0] + 2e-3;
            }
            p[0] = alpha;
            if (betaAt > 0) {
                double upper = Math.min(UPPER[1], alpha);
                double beta = LOWER[1] + 0.1 * (upper - LOWER[1]);
                p[betaAt] = beta < 0 || beta > alpha ? alpha - 1e-3 : beta;
            }
            if (gammaAt > 0) {
                double upper = Math.min(UPPER[2], 1 - alpha);
                double gamma = LOWER[2] + 0.05 * (upper - LOWER[2]);
                p[gammaAt] = gamma < 0 || gamma > 1 - alpha ? 1 - alpha - 1e-3 : gamma;
            }
            if (phiAt > 0) {
                p[phiAt] = LOWER[3] + 0.99 * (UPPER[3] - LOWER[3]);
            }
            System.arraycopy(states, 0, p, statesAt, states.length);
            return p;
        }

        double beta(double[] p) {
            return betaAt > 0 ? p[betaAt] : Double.NaN;
        }

        double gamma(double[] p) {
            return gammaAt > 0 ? p[gammaAt] : Double.NaN;
        }

        double phi(double[] p) {
            return phiAt > 0 ? p[phiAt] : 1.0;
        }

        EtsRecursion recursion(double[] p) {
            return new EtsRecursion(model, m, p[0], betaAt > 0 ? p[betaAt] : 0, gammaAt > 0 ? p[gammaAt] : 0, phi(p));
        }

        /** The full initial state with the implied last seasonal state; null when a seasonal factor is negative. */
        double[] initialState(double[] p) {
            int free = p.length - statesAt;
            boolean seasonal = model.season() != Component.NONE;
            double[] state = Arrays.copyOfRange(p, statesAt, p.length + (seasonal ? 1 : 0));
            if (seasonal) {
                int first = model.trend() != Component.NONE ? 2 : 1;
                double sum = 0;
                for (int i = first; i < free; i++) {
                    sum += state[i];
                }
                boolean multiplicative = model.season() == Component.MULTIPLICATIVE;
                state[free] = (multiplicative ? m : 0) - sum;
                if (multiplicative) {
                    for (int i = first; i <= free; i++) {
                        if (state[i] < 0) {
                            return null;
                        }
                    }
                }
            }
            return state;
        }

        /** R's {@code check.param} with {@code bounds = "both"}. */
        boolean admissible(double[] p) {
            double alpha = p[0];
            if (alpha < LOWER[0] || alpha > UPPER[0]) {
                return false;
            }
            if (betaAt > 0 && (p[betaAt] < LOWER[1] || p[betaAt] > alpha || p[betaAt] > UPPER[1])) {
                return false;
            }
            if (phiAt > 0 && (p[phiAt] < LOWER[3] || p[phiAt] > UPPER[3])) {
                return false;
            }
            if (gammaAt > 0 && (p[gammaAt] < LOWER[2] || p[gammaAt] > 1 - alpha || p[gammaAt] > UPPER[2])) {
                return false;
            }
            return EtsAdmissibility.forecastable(
                    alpha, betaAt > 0 ? p[betaAt] : Double.NaN, gammaAt > 0 ? p[gammaAt] : Double.NaN, phi(p), m);
        }
    }
}
