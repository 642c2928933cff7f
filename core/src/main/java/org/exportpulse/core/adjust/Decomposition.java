package org.exportpulse.core.adjust;

import java.util.List;
import java.util.Map;

/**
 * What an engine returns for one span: the components, month by month in the order of the input,
 * and its diagnostics.
 *
 * @param multiplicative whether the decomposition is multiplicative (log model): then {@code
 *     seasonal} and {@code irregular} are factors around 1, otherwise additive terms around 0
 * @param seasonalFactors X-13's final seasonal factors (d10) or SEATS' seasonal component, as the
 *     engine gives them
 * @param model the ARIMA model chosen, {@code (p d q)(bp bd bq)}
 * @param statistics named quality statistics (X-13: Q, Q2, M1 … M11), in the engine's order
 * @param tests residual-seasonality tests on the adjusted series and the irregular: name to p-value
 */
public record Decomposition(
        boolean multiplicative,
        double[] seasonallyAdjusted,
        double[] trend,
        double[] seasonal,
        double[] irregular,
        double[] seasonalFactors,
        String model,
        Map<String, Double> statistics,
        Map<String, Double> tests,
        List<String> notes) {

    public Decomposition {
        statistics = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(statistics));
        tests = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(tests));
        notes = List.copyOf(notes);
    }
}
