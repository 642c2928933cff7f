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
}
