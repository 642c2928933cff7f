package org.exportpulse.core.forecast;

import java.util.List;

/**
 * Point forecasts for horizons 1 … h and prediction intervals at the requested levels.
 *
 * @param method what produced it ({@code theta}, {@code snaive}, …)
 * @param mean point forecasts, index 0 for one step ahead
 */
public record Forecast(String method, double[] mean, List<Interval> intervals) {

    public Forecast {
        intervals = List.copyOf(intervals);
    }

    /**
     * @param level coverage in percent (80, 95)
     */
    public record Interval(int level, double[] lower, double[] upper) {}
}
