package org.exportpulse.adjust;

import org.exportpulse.core.forecast.Forecasters;

/** The full set of forecasting methods: the core's, with seasonal ARIMA from TRAMO. */
public final class ForecastEngines {

    private static final Forecasters STANDARD = Forecasters.with(new TramoArima());

    private ForecastEngines() {}

    /** Every method; {@code auto} is the combination of ETS, ARIMA and Theta. */
    public static Forecasters standard() {
        return STANDARD;
    }
}
