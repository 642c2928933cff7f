package org.exportpulse.forecast;

import java.util.SplittableRandom;
import org.exportpulse.forecast.EtsModel.Component;

/**
 * An ETS model fitted to a series by maximum likelihood.
 *
 * @param model the model
 * @param period the seasonal period the model uses (1 without a season)
 * @param alpha level smoothing
 * @param beta slope smoothing (NaN without a trend)
 * @param gamma seasonal smoothing (NaN without a season)
 * @param phi damping (NaN when not damped)
 * @param initialState {@code [level, slope?, s0 … s(m−1)?]} before the first value, all m seasonal
 *     states included
 * @param finalState the state after the last value
 * @param logLikelihood R's log-likelihood (constants left out, as R does)
 * @param aicc corrected Akaike criterion; counts the smoothing parameters, the free initial states and
 *     the error variance
 * @param sigma2 variance of the one-step errors (relative errors for multiplicative-error models)
 * @param observations how many values it was fitted to
 */
public record EtsFit(
        EtsModel model,
        int period,
        double alpha,
        double beta,
        double gamma,
        double phi,
        double[] initialState,
        double[] finalState,
        double logLikelihood,
        double aic,
        double aicc,
        double bic,
        double sigma2,
        int observations) {

    /** Point forecasts for horizons 1 … h (the model's conditional expectation for additive models). */
    public double[] pointForecasts(int h) {
        double[] out = new double[h];
        recursion().forecast(finalState.clone(), out);
        return out;
    }

    /**
     * Future paths drawn from the model with normal errors of variance {@link #sigma2}.
     *
     * @param count how many paths
     * @param seed the random seed: the same seed gives the same paths
     * @return {@code paths[p][h]} for path p at horizon h + 1
     */
    public double[][] simulate(int h, int count, long seed) {
        EtsRecursion r = recursion();
        SplittableRandom random = new SplittableRandom(seed);
        double sd = Math.sqrt(sigma2);
        boolean additive = model.error() == Component.ADDITIVE;
        double[][] paths = new double[count][h];
        double[] state = new double[finalState.length];
        for (int p = 0; p < count; p++) {
            System.arraycopy(finalState, 0, state, 0, state.length);
            for (int i = 0; i < h; i++) {
                double f = r.oneStep(state);
                double e = sd * random.nextGaussian();
                double y = additive ? f + e : f * (1 + e);
                paths[p][i] = y;
                r.update(state, y);
            }
        }
        return paths;
    }

    /** The number of estimated parameters counted by the criteria (including the error variance). */
    public int parameterCount() {
        int smoothing = 1
                + (model.trend() != Component.NONE ? 1 : 0)
                + (model.season() != Component.NONE ? 1 : 0)
                + (model.damped() ? 1 : 0);
        int states = initialState.length - (model.season() != Component.NONE ? 1 : 0);
        return smoothing + states + 1;
    }

    EtsRecursion recursion() {
        return new EtsRecursion(
                model,
                period,
                alpha,
                Double.isNaN(beta) ? 0 : beta,
                Double.isNaN(gamma) ? 0 : gamma,
                Double.isNaN(phi) ? 1 : phi);
    }
}
