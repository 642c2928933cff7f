package org.exportpulse.engines;

import org.exportpulse.core.engine.Engines;
import org.exportpulse.forecast.Ets;
import org.exportpulse.forecast.Forecasters;
import org.exportpulse.jdemetra.JdemetraAdjuster;
import org.exportpulse.jdemetra.TramoArima;

/**
 * The engines the command line, the server and the benchmarks share, wired once: every forecasting
 * method (ETS, Theta and the naive methods, with seasonal ARIMA from TRAMO; {@code auto} is the
 * combination of ETS, ARIMA and Theta), ETS as the simulator of outlook paths, and JDemetra+ for
 * seasonal adjustment.
 */
public final class StandardEngines {

    private static final Forecasters METHODS = Forecasters.with(new TramoArima());
    private static final Engines STANDARD = Engines.of(METHODS, new Ets()).withAdjuster(new JdemetraAdjuster());

    private StandardEngines() {}

    /** The engines of a full installation. */
    public static Engines get() {
        return STANDARD;
    }
}
