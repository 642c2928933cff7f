package org.exportpulse.core.series;

/** Status of an observation, after SDMX {@code OBS_STATUS}. */
public enum ObservationStatus {
    NORMAL,
    PROVISIONAL,
    /** A later vintage that differs from an earlier one. */
    REVISED,
    /** Computed from published totals, never published itself. */
    DERIVED,
    ESTIMATED;

    public String code() {
        return EnumCodes.code(this);
    }

    /**
     * @throws IllegalArgumentException for an unknown code, listing the known ones
     */
    public static ObservationStatus parse(String code) {
        return EnumCodes.parse(ObservationStatus.class, code, "status");
    }
}
