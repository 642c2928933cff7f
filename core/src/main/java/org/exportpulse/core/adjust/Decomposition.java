package org.exportpulse.core.adjust;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

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
        seasonallyAdjusted = seasonallyAdjusted.clone();
        trend = trend.clone();
        seasonal = seasonal.clone();
        irregular = irregular.clone();
        calendar = calendar.clone();
        seasonalFactors = seasonalFactors.clone();
        regressors = List.copyOf(regressors);
        statistics = Collections.unmodifiableMap(new LinkedHashMap<>(statistics));
        tests = Collections.unmodifiableMap(new LinkedHashMap<>(tests));
        notes = List.copyOf(notes);
    }

    /** A copy of the seasonally adjusted series. */
    @Override
    public double[] seasonallyAdjusted() {
        return seasonallyAdjusted.clone();
    }

    /** A copy of the trend. */
    @Override
    public double[] trend() {
        return trend.clone();
    }

    /** A copy of the seasonal component. */
    @Override
    public double[] seasonal() {
        return seasonal.clone();
    }

    /** A copy of the irregular component. */
    @Override
    public double[] irregular() {
        return irregular.clone();
    }

    /** A copy of the calendar component. */
    @Override
    public double[] calendar() {
        return calendar.clone();
    }

    /** A copy of the seasonal factors. */
    @Override
    public double[] seasonalFactors() {
        return seasonalFactors.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Decomposition d
                && multiplicative == d.multiplicative
                && Arrays.equals(seasonallyAdjusted, d.seasonallyAdjusted)
                && Arrays.equals(trend, d.trend)
                && Arrays.equals(seasonal, d.seasonal)
                && Arrays.equals(irregular, d.irregular)
                && Arrays.equals(calendar, d.calendar)
                && Arrays.equals(seasonalFactors, d.seasonalFactors)
                && model.equals(d.model)
                && statistics.equals(d.statistics)
                && tests.equals(d.tests)
                && regressors.equals(d.regressors)
                && notes.equals(d.notes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(
                multiplicative,
                Arrays.hashCode(seasonallyAdjusted),
                Arrays.hashCode(trend),
                Arrays.hashCode(seasonal),
                model,
                statistics,
                tests,
                regressors,
                notes);
    }

    @Override
    public String toString() {
        return "Decomposition[model=" + model + ", multiplicative=" + multiplicative + ", months="
                + seasonallyAdjusted.length + "]";
    }
}
