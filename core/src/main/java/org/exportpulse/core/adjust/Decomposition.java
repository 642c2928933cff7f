package org.exportpulse.core.adjust;

import java.util.List;
import java.util.Map;

/**
 * What an engine returns for one span: the components, month by month in the order of the input,
 * and its diagnostics.
 *
 * @param multiplicative whether the decomposition is multiplicative (log model): then {@code
 *     seasonal} and {@code irregular} are factors around 1, otherwise additive terms around 0
 * @param calendar the calendar effects (moving holidays, trading days) the adjusted series is free
 *     of: what is left of the original after the adjusted series and the seasonal component (a
 *     factor around 1 when multiplicative; 0 or 1 throughout when the spec has no calendar effects)
 * @param seasonalFactors X-13's final seasonal factors (d10) or SEATS' seasonal component, as the
 *     engine gives them
 * @param model the ARIMA model chosen, {@code (p d q)(bp bd bq)}
 * @param statistics named quality statistics (X-13: Q, Q2, M1 … M11), in the engine's order
 * @param tests residual-seasonality tests on the adjusted series and the irregular: name to p-value
 * @param regressors the holiday regressors' estimated effects, in the spec's order
 */
public record Decomposition(
        boolean multiplicative,
        double[] seasonallyAdjusted,
        double[] trend,
        double[] seasonal,
        double[] irregular,
        double[] calendar,
        double[] seasonalFactors,
        String model,
        Map<String, Double> statistics,
        Map<String, Double> tests,
        List<RegressionEffect> regressors,
        List<String> notes) {

    /**
     * The estimated effect of one regressor of the regression-ARIMA model (a moving holiday).
     *
     * @param coefficient in the model's scale (log points for a log model)
     * @param tStat coefficient over its standard error
     * @param pValue two-sided
     */
    public record RegressionEffect(String name, double coefficient, double tStat, double pValue) {}

    public Decomposition {
        regressors = List.copyOf(regressors);
        statistics = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(statistics));
        tests = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(tests));
        notes = List.copyOf(notes);
    }
}
