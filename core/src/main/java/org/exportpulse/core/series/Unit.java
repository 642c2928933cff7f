package org.exportpulse.core.series;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;

/**
 * A unit of measure with a scale: {@code USD million} is measure {@code USD}, scale {@link
 * Scale#MILLION}. Parsing accepts the scale before or after the measure ({@code Million USD}).
 */
public record Unit(String measure, Scale scale) {

    /** The unit of the flagship series. */
    public static final Unit USD_MILLION = new Unit("USD", Scale.MILLION);

    /** Powers of ten a unit may carry. */
    public enum Scale {
        ONE(0),
        THOUSAND(3),
        MILLION(6),
        BILLION(9);

        private final int powerOfTen;

        Scale(int powerOfTen) {
            this.powerOfTen = powerOfTen;
        }

        public int powerOfTen() {
            return powerOfTen;
        }

        String word() {
            return this == ONE ? "" : name().toLowerCase(Locale.ROOT);
        }
    }

    public Unit {
        Objects.requireNonNull(scale, "scale");
        if (measure == null || measure.isBlank()) {
            throw new IllegalArgumentException("a unit needs a measure (expected e.g. USD million)");
        }
    }

    /**
     * Reads {@code USD million}, {@code Million USD}, {@code USD}, {@code thousand USD}, {@code US$
     * bn}. The measure is upper-cased; {@code US$} is {@code USD}.
     *
     * @throws IllegalArgumentException when the text has no measure, more than one scale word, or
     *     words that are neither
     */
    public static Unit parse(String text) {
        String[] words = text == null ? new String[0] : text.strip().split("\\s+");
        Scale scale = null;
        String measure = null;
        for (String word : words) {
            Scale s = scaleWord(word);
            if (s != null && scale == null) {
                scale = s;
            } else if (s == null && measure == null && word.matches("[A-Za-z$%]{1,8}")) {
                measure = word.equals("US$") || word.equals("$") ? "USD" : word.toUpperCase(Locale.ROOT);
            } else {
                throw new IllegalArgumentException(
                        "'" + text + "' is not a unit (expected a measure and a scale, e.g. USD million)");
            }
        }
        if (measure == null) {
            throw new IllegalArgumentException(
                    "'" + text + "' is not a unit (expected a measure and a scale, e.g. USD million)");
        }
        return new Unit(measure, scale == null ? Scale.ONE : scale);
    }

    private static Scale scaleWord(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "thousand", "thousands", "k", "000" -> Scale.THOUSAND;
            case "million", "millions", "mn", "m" -> Scale.MILLION;
            case "billion", "billions", "bn", "b" -> Scale.BILLION;
            default -> null;
        };
    }

    /** Whether values in this unit can be converted to {@code other} (same measure). */
    public boolean convertibleTo(Unit other) {
        return measure.equals(other.measure);
    }

    /**
     * Converts {@code value} from this unit to {@code target}, exactly (digits are kept).
     *
     * @throws IllegalArgumentException when the measures differ (USD to PKR, say)
     */
    public BigDecimal convert(BigDecimal value, Unit target) {
        if (!convertibleTo(target)) {
            throw new IllegalArgumentException("cannot convert " + this + " to " + target);
        }
        return value.movePointRight(scale.powerOfTen() - target.scale.powerOfTen());
    }

    /** {@code USD million}. */
    @Override
    public String toString() {
        return scale == Scale.ONE ? measure : measure + " " + scale.word();
    }
}
