package org.exportpulse.server;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Dates given as request parameters. */
final class Dates {

    private Dates() {}

    /**
     * @param name the parameter, for the message
     * @return {@code null} for a missing or blank value
     * @throws IllegalArgumentException naming the parameter when the text is not YYYY-MM-DD
     */
    static LocalDate parse(String name, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(name + " " + text + " is not a date (expected YYYY-MM-DD)", e);
        }
    }
}
