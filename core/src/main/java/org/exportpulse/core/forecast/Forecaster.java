package org.exportpulse.core.forecast;

import java.util.List;

/** A forecasting method for one series of consecutive values. */
public interface Forecaster {

    /** The method's name as the CLI takes it. */
    String name();

    /**
     * @param y consecutive values, oldest first, none missing
     * @param period the seasonal period (12 for monthly data)
     * @param horizon how many steps ahead, at least 1
     * @param levels interval levels in percent, each between 1 and 99
     * @throws IllegalArgumentException when the series is too short for the method
     */
    Forecast forecast(double[] y, int period, int horizon, List<Integer> levels);

    /**
     * Refuses a series with a missing (NaN) or infinite value: every method needs consecutive values,
     * and none may forecast through a hole. Engines call it first.
     *
     * @param method the refusing method's name, for the message
     * @throws IllegalArgumentException naming the first such value (1-based) and the series' length
     */
    static void requireFinite(String method, double[] y) {
        for (int t = 0; t < y.length; t++) {
            if (!Double.isFinite(y[t])) {
                throw new IllegalArgumentException(method + ": value " + (t + 1) + " of " + y.length + " is "
                        + (Double.isNaN(y[t]) ? "missing" : "infinite") + "; a forecast needs consecutive values");
            }
        }
    }
}
