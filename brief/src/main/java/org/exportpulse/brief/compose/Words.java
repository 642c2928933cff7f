package org.exportpulse.brief.compose;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;

/** The grammatical variants the templates choose between. */
final class Words {

    private Words() {}

    static String month(YearMonth m) {
        return monthName(m) + " " + m.getYear();
    }

    static String monthName(YearMonth m) {
        return m.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    /** {@code rose to }, {@code fell to }, {@code held at }. */
    static String verbTo(BigDecimal change) {
        return switch (change.signum()) {
            case 1 -> "rose to ";
            case -1 -> "fell to ";
            default -> "held at ";
        };
    }

    /** {@code up }, {@code down }, {@code unchanged at }. */
    static String upDown(BigDecimal change) {
        return switch (change.signum()) {
            case 1 -> "up ";
            case -1 -> "down ";
            default -> "unchanged at ";
        };
    }

    /** {@code more than}, {@code less than}, {@code the same as}. */
    static String moreLess(BigDecimal change) {
        return switch (change.signum()) {
            case 1 -> " more than ";
            case -1 -> " less than ";
            default -> " the same as ";
        };
    }
}
