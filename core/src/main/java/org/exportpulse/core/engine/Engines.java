package org.exportpulse.core.engine;

import java.util.Objects;
import java.util.Optional;
import org.exportpulse.core.adjust.SeasonalAdjuster;
import org.exportpulse.core.forecast.ForecastMethods;
import org.exportpulse.core.forecast.PathSimulator;

/**
 * The computing engines a deployment wires once and hands to every kernel that needs one: the
 * forecasting methods, the simulator of future paths (fiscal-year outlooks) and, optionally, a
 * seasonal-adjustment engine. Immutable.
 */
public final class Engines {

    private final ForecastMethods forecasters;
    private final PathSimulator simulator;
    private final SeasonalAdjuster adjuster;

    private Engines(ForecastMethods forecasters, PathSimulator simulator, SeasonalAdjuster adjuster) {
        this.forecasters = Objects.requireNonNull(forecasters, "forecasters");
        this.simulator = Objects.requireNonNull(simulator, "simulator");
        this.adjuster = adjuster;
    }

    /** Engines without seasonal adjustment. */
    public static Engines of(ForecastMethods forecasters, PathSimulator simulator) {
        return new Engines(forecasters, simulator, null);
    }

    /** The same engines with a seasonal-adjustment engine. */
    public Engines withAdjuster(SeasonalAdjuster engine) {
        return new Engines(forecasters, simulator, Objects.requireNonNull(engine, "engine"));
    }

    /** The forecasting methods by name. */
    public ForecastMethods forecasters() {
        return forecasters;
    }

    /** Simulates future paths for fiscal-year outlooks. */
    public PathSimulator simulator() {
        return simulator;
    }

    /** The seasonal-adjustment engine, when there is one. */
    public Optional<SeasonalAdjuster> adjuster() {
        return Optional.ofNullable(adjuster);
    }

    /**
     * @throws IllegalStateException when these engines have no seasonal adjustment
     */
    public SeasonalAdjuster requireAdjuster() {
        if (adjuster == null) {
            throw new IllegalStateException("no seasonal-adjustment engine is available here");
        }
        return adjuster;
    }
}
