package org.exportpulse.forecast;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One exponential smoothing model in the ETS taxonomy of Hyndman et al.: error, trend (possibly
 * damped) and seasonal components, each none ({@code N}), additive ({@code A}) or multiplicative
 * ({@code M}). Multiplicative trends are not offered (as in R's {@code ets} default), nor additive
 * errors with multiplicative seasonality (numerically unstable).
 *
 * @param error {@code A} or {@code M}
 * @param trend {@code N} or {@code A}
 * @param damped whether the trend is damped (only with a trend)
 * @param season {@code N}, {@code A} or {@code M}
 */
public record EtsModel(Component error, Component trend, boolean damped, Component season) {

    private static final Pattern NAME =
            Pattern.compile("(?:ETS\\()?\\s*([AM])\\s*,?\\s*([NA])(D?)\\s*,?\\s*([NAM])\\s*\\)?");

    /** A component's form. */
    public enum Component {
        NONE('N'),
        ADDITIVE('A'),
        MULTIPLICATIVE('M');

        private final char letter;

        Component(char letter) {
            this.letter = letter;
        }

        public char letter() {
            return letter;
        }

        static Component of(char letter) {
            for (Component c : values()) {
                if (c.letter == letter) {
                    return c;
                }
            }
            throw new IllegalArgumentException("no component " + letter);
        }
    }

    public EtsModel {
        if (error == Component.NONE) {
            throw new IllegalArgumentException("an ETS model needs an additive or multiplicative error");
        }
        if (trend == Component.MULTIPLICATIVE) {
            throw new IllegalArgumentException("multiplicative trends are not offered");
        }
        if (damped && trend == Component.NONE) {
            throw new IllegalArgumentException("only a trend can be damped");
        }
        if (error == Component.ADDITIVE && season == Component.MULTIPLICATIVE) {
            throw new IllegalArgumentException("additive errors with multiplicative seasonality are not offered");
        }
    }

    /**
     * Reads {@code ETS(M,Ad,M)}, {@code M,Ad,M} or {@code MAdM} (case-insensitive).
     *
     * @throws IllegalArgumentException naming the expected form
     */
    public static EtsModel parse(String text) {
        Matcher m = NAME.matcher(text.strip().toUpperCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException(
                    "model " + text + " is not an ETS model name (expected e.g. ETS(M,Ad,M) or MAdM)");
        }
        return new EtsModel(
                Component.of(m.group(1).charAt(0)),
                Component.of(m.group(2).charAt(0)),
                !m.group(3).isEmpty(),
                Component.of(m.group(4).charAt(0)));
    }

    /**
     * The models the automatic choice compares, in R's order (ties go to the earlier one).
     *
     * @param positive whether every value is above zero (otherwise no multiplicative component)
     * @param seasonal whether seasonal models are allowed
     */
    public static List<EtsModel> candidates(boolean positive, boolean seasonal) {
        List<EtsModel> out = new ArrayList<>();
        for (Component error : List.of(Component.ADDITIVE, Component.MULTIPLICATIVE)) {
            for (Component trend : List.of(Component.NONE, Component.ADDITIVE)) {
                for (Component season : List.of(Component.NONE, Component.ADDITIVE, Component.MULTIPLICATIVE)) {
                    for (boolean damped : List.of(true, false)) {
                        boolean allowed = !(damped && trend == Component.NONE)
                                && !(error == Component.ADDITIVE && season == Component.MULTIPLICATIVE)
                                && (positive
                                        || (error != Component.MULTIPLICATIVE && season != Component.MULTIPLICATIVE))
                                && (seasonal || season == Component.NONE);
                        if (allowed) {
                            out.add(new EtsModel(error, trend, damped, season));
                        }
                    }
                }
            }
        }
        return out;
    }

    /** Whether any component is multiplicative (the series must then be positive). */
    public boolean multiplicative() {
        return error == Component.MULTIPLICATIVE || season == Component.MULTIPLICATIVE;
    }

    /** R's name, e.g. {@code ETS(M,Ad,M)}. */
    public String label() {
        return "ETS(" + error.letter + "," + trend.letter + (damped ? "d" : "") + "," + season.letter + ")";
    }
}
