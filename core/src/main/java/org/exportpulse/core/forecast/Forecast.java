package org.exportpulse.core.forecast;

import java.util.List;

/**
 * Point forecasts for horizons 1 … h and prediction intervals at the requested levels.
 *
 * @param method what produced it ({@code theta}, {@code snaive}, {@code ets}, …)
 * @param model the model the method chose or fitted, e.g. {@code ETS(M,Ad,M)}; the method's name
 *     when it has no choice to make
 * @param mean point forecasts, index 0 for one step ahead
 */
public record Forecast(String method, String model, double[] mean, List<Interval> intervals) {

    public Forecast {
        intervals = List.copyOf(intervals);
    }

    /** A constant series forecast as itself, with zero-width intervals (model {@code constant}). */
    public static Forecast constant(String method, double value, int horizon, List<Integer> levels) {
        double[] mean = new double[horizon];
        java.util.Arrays.fill(mean, value);
        List<Interval> intervals = levels.stream()
                .map(level -> new Interval(level, mean.clone(), mean.clone()))
                .toList();
        return new Forecast(method, "constant", mean, intervals);
    }

    /** A forecast by a method with no model choice. */
    public Forecast(String method, double[] mean, List<Interval> intervals) {
        this(method, method, mean, intervals);
    }

    /**
     * @param level coverage in percent (80, 95)
     */
    public record Interval(int level, double[] lower, double[] upper) {}
}
