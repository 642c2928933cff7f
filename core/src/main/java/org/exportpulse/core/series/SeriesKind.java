package org.exportpulse.core.series;

/** How values of a series aggregate over time. */
public enum SeriesKind {
    /** Values sum over time (exports in a month). */
    FLOW,
    /** Values average over time (an exchange rate). */
    RATE,
    /** The period-end value stands for the period (reserves). */
    STOCK;

    public String code() {
        return EnumCodes.code(this);
    }

    /**
     * @throws IllegalArgumentException for an unknown code
     */
    public static SeriesKind parse(String code) {
        return EnumCodes.parse(SeriesKind.class, code, "series kind");
    }
}
