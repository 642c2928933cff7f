package org.exportpulse.core.forecast;

import java.util.List;
import java.util.Locale;

/** The forecasting methods by name. */
public final class Forecasters {

    /** Methods named in the documentation that are not built yet. */
    static final List<String> PLANNED = List.of("auto", "arima", "comb");

    private Forecasters() {}

    public static List<Forecaster> all() {
        return List.of(new Theta(), new Ets(), new SeasonalNaive(), new Naive());
    }

    /** The default method until the automatic choice exists. */
    public static Forecaster defaultMethod() {
        return new Theta();
    }

    /**
     * @throws IllegalArgumentException for an unknown method, or one not built yet (saying so)
     */
    public static Forecaster byName(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        for (Forecaster f : all()) {
            if (f.name().equals(n)) {
                return f;
            }
        }
        String available =
                String.join(", ", all().stream().map(Forecaster::name).toList());
        if (PLANNED.contains(n)) {
            throw new IllegalArgumentException(
                    "method " + name + " is not available yet (available: " + available + ")");
        }
        throw new IllegalArgumentException("method " + name + " is not known (expected " + available + ")");
    }
}
