package org.exportpulse.export;

import java.util.Locale;

/** File formats a series can be exported to. */
public enum ExportFormat {
    CSV,
    XLSX,
    JSON;

    /** The usual file extension, without the dot. */
    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * @throws IllegalArgumentException for other text than csv, xlsx or json
     */
    public static ExportFormat parse(String text) {
        for (ExportFormat f : values()) {
            if (f.extension().equalsIgnoreCase(text.strip())) {
                return f;
            }
        }
        throw new IllegalArgumentException("'" + text + "' is not an export format (expected csv, xlsx or json)");
    }
}
