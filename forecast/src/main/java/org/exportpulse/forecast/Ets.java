package org.exportpulse.forecast;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.exportpulse.core.forecast.Forecast;
import org.exportpulse.core.forecast.Forecaster;
import org.exportpulse.core.forecast.PathSimulator;

/**
 * Exponential smoothing in state-space form (ETS), as R's {@code forecast::ets}: every admissible
 * model (additive or multiplicative errors, no/additive/damped trend, no/additive/multiplicative
 * season) fitted by maximum likelihood, the one with the smallest AICc kept — or one given model.
 * Forecasts are the model's means and intervals are normal around them with the model's variances,
 * both in closed form as R computes them ({@link EtsMoments}); {@link EtsFit#simulate} draws whole
 * future paths where a quantity needs them (a fiscal-year total, say).
 *
 * <p>Multiplicative components need positive values: a series with a zero or negative value is fitted
 * with additive models only. Seasonal models need more values than one period, and a period of at most 24. A
 * constant series gets itself as forecast with zero-width intervals.
 */
public final class Ets implements Forecaster, PathSimulator {

    private static final int MINIMUM = 7;

    private final EtsModel fixed;

    /** The automatic choice by AICc. */
    public Ets() {
        this(null);
    }

    /**
     * @param fixed the model to fit, or null for the automatic choice
     */
    public Ets(EtsModel fixed) {
        this.fixed = fixed;
    }

    @Override
    public String name() {
        return "ets";
    }

    @Override
    public Forecast forecast(double[] y, int period, int horizon, List<Integer> levels) {
        Forecaster.requireFinite(name(), y);
        if (isConstant(y)) {
            return Forecast.constant(name(), y[0], horizon, levels);
        }
        EtsFit fit = fit(y, period);
        EtsMoments.Moments moments = EtsMoments.of(fit, horizon);
        double[] variance = moments.variance();
        return new Forecast(
                name(),
                fit.model().label(),
                moments.mean(),
                Intervals.normal(moments.mean(), h -> Math.sqrt(Math.max(0, variance[h - 1])), levels));
    }

    /**
     * Paths with normal errors of the fitted model's variance ({@link EtsFit#simulate}); a constant
     * series gives constant paths.
     */
    @Override
    public SimulatedPaths simulate(double[] y, int period, int horizon, int count, long seed) {
        if (isConstant(y)) {
            double[][] flat = new double[count][horizon];
            for (double[] p : flat) {
                Arrays.fill(p, y[0]);
            }
            return new SimulatedPaths("constant", flat);
        }
        EtsFit fit = fit(y, period);
        return new SimulatedPaths(fit.model().label(), fit.simulate(horizon, count, seed));
    }

    /**
     * @throws IllegalArgumentException when the series is too short for any model
     */
    private static boolean isConstant(double[] y) {
        if (y.length < MINIMUM) {
            throw new IllegalArgumentException("ets needs at least " + MINIMUM + " values; got " + y.length);
        }
        return Arrays.stream(y).allMatch(v -> v == y[0]);
    }

    /**
     * The fitted model: the given one, or the smallest AICc among the candidates.
     *
     * @throws IllegalArgumentException when no model can be fitted (too short, or the given model
     *     needs positive values or more data)
     */
    public EtsFit fit(double[] y, int period) {
        boolean positive = Arrays.stream(y).allMatch(v -> v > 0);
        boolean seasonal = period > 1 && period <= 24 && y.length > period;
        if (fixed != null) {
            if (fixed.multiplicative() && !positive) {
                throw new IllegalArgumentException(
                        fixed.label() + " has a multiplicative component and needs values above zero");
            }
            if (fixed.season() != EtsModel.Component.NONE && !seasonal) {
                throw new IllegalArgumentException(
                        fixed.label() + " needs a period of 2 to 24 and more values than one period");
            }
            return EtsEstimator.fit(y, fixed, period)
                    .orElseThrow(() -> new IllegalArgumentException(fixed.label() + " cannot be fitted to " + y.length
                            + " values (too few for its parameters)"));
        }
        Optional<EtsFit> best = EtsModel.candidates(positive, seasonal).stream()
                .map(model -> EtsEstimator.fit(y, model, period))
                .flatMap(Optional::stream)
                .min(Comparator.comparingDouble(EtsFit::aicc));
        return best.orElseThrow(
                () -> new IllegalArgumentException("no ETS model can be fitted to " + y.length + " values"));
    }
}
