package org.exportpulse.core.series;

import java.util.Locale;

/** How values of a series aggregate over time. */
public enum SeriesKind {
    /** Values sum over time (exports in a month). */
    FLOW,
    /** Values average over time (an exchange rate). */
    RATE,
    /** The period-end value stands for the period (reserves). */
    STOCK;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * @throws IllegalArgumentException for an unknown code
     */
    public static SeriesKind parse(String code) {
        for (SeriesKind k : values()) {
            if (k.code().equalsIgnoreCase(code.strip())) {
                return k;
            }
        }
        throw new IllegalArgumentException("'" + code + "' is not a series kind (expected flow, rate or stock)");
    }
}
