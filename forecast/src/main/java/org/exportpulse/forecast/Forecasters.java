package org.exportpulse.forecast;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.exportpulse.core.forecast.ForecastMethods;
import org.exportpulse.core.forecast.Forecaster;

/**
 * The forecasting methods by name: {@code theta}, {@code ets}, {@code arima}, {@code comb} (the mean
 * of ETS, ARIMA and Theta), {@code snaive}, {@code naive}, and {@code auto}, the recommended default,
 * which today computes what {@code comb} does under its own name (so outputs say what was asked for).
 * ARIMA is an engine outside the core (JDemetra+'s TRAMO); without it, {@code arima} and {@code comb}
 * are unavailable and {@code auto} is {@code ets}.
 */
public final class Forecasters implements ForecastMethods {

    /** The name that stands for the default method. */
    public static final String AUTO = "auto";

    private final List<Forecaster> methods;
    private final Forecaster defaultMethod;

    private Forecasters(List<Forecaster> methods, Forecaster defaultMethod) {
        this.methods = List.copyOf(methods);
        this.defaultMethod = defaultMethod;
    }

    /**
     * All methods, with ARIMA from the given engine.
     *
     * @param arima the seasonal ARIMA forecaster, named {@code arima}
     */
    public static Forecasters with(Forecaster arima) {
        Ets ets = new Ets();
        Theta theta = new Theta();
        List<Forecaster> members = List.of(ets, arima, theta);
        return new Forecasters(
                List.of(new Combination("comb", members), ets, arima, theta, new SeasonalNaive(), new Naive()),
                new Combination(AUTO, members));
    }

    /** The methods the core has on its own (no ARIMA, so no combination); the default is ETS. */
    public static Forecasters coreOnly() {
        Ets ets = new Ets();
        return new Forecasters(List.of(ets, new Theta(), new SeasonalNaive(), new Naive()), ets);
    }

    /** Every available method, the default first. */
    @Override
    public List<Forecaster> all() {
        return methods;
    }

    /** What {@code auto} and a missing {@code --method} mean. */
    @Override
    public Forecaster defaultMethod() {
        return defaultMethod;
    }

    /**
     * @throws IllegalArgumentException for an unknown method, or one whose engine is missing (saying so)
     */
    @Override
    public Forecaster byName(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        if (n.equals(AUTO) || n.equals(defaultMethod.name())) {
            return defaultMethod;
        }
        for (Forecaster f : methods) {
            if (f.name().equals(n)) {
                return f;
            }
        }
        List<String> names = new ArrayList<>(List.of(AUTO));
        names.addAll(methods.stream().map(Forecaster::name).toList());
        String available = String.join(", ", names);
        if (n.equals("arima") || n.equals("comb")) {
            throw new IllegalArgumentException("method " + name
                    + " needs the ARIMA engine, which is not available here (available: " + available + ")");
        }
        throw new IllegalArgumentException("method " + name + " is not known (expected " + available + ")");
    }

    /**
     * The two-sided normal multiplier for a {@code level}% interval (1.2816 for 80, 1.9600 for 95).
     *
     * @throws IllegalArgumentException when the level is not between 1 and 99
     */
    public static double normalMultiplier(int level) {
        return Normal.multiplier(level);
    }
}
