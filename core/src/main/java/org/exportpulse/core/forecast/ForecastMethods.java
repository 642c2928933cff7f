package org.exportpulse.core.forecast;

import java.util.List;

/** The forecasting methods a deployment has, by name, with the one that {@code auto} stands for. */
public interface ForecastMethods {

    /** Every available method, the combination (when there is one) first. */
    List<Forecaster> all();

    /** What {@code auto} and a missing method mean. */
    Forecaster defaultMethod();

    /**
     * @param name a method's name, case-insensitive, or {@code auto}
     * @throws IllegalArgumentException for an unknown method, or one whose engine is missing, naming
     *     the available ones
     */
    Forecaster byName(String name);
}
