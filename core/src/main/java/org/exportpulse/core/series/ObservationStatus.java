package org.exportpulse.core.series;

import java.util.Locale;

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
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * @throws IllegalArgumentException for an unknown code, listing the known ones
     */
    public static ObservationStatus parse(String code) {
        for (ObservationStatus s : values()) {
            if (s.code().equalsIgnoreCase(code.strip())) {
                return s;
            }
        }
        throw new IllegalArgumentException(
                "'" + code + "' is not a status (expected normal, provisional, revised, derived or estimated)");
    }
}
