package org.exportpulse.formats;

import java.math.BigDecimal;

/**
 * Numbers as the store can hold them: at most {@value #INTEGER_DIGITS} digits before the point and
 * {@value #DECIMALS} after (the {@code NUMERIC(38, 12)} column), checked on the text before any
 * arithmetic, so that a ten-million-digit value or {@code 1e-999999999} is refused at once.
 */
public final class Amounts {

    /** Digits before the decimal point, at most. */
    public static final int INTEGER_DIGITS = 26;
    /** Digits after the decimal point, at most. */
    public static final int DECIMALS = 12;
    /** Characters of a number's text, at most (sign, digits, point, exponent). */
    public static final int LONGEST_TEXT = 64;

    private Amounts() {}

    /**
     * The value of {@code text}, already matched as a number by the caller's pattern.
     *
     * @throws IllegalArgumentException when it is longer than {@value #LONGEST_TEXT} characters or
     *     has more digits than the store holds
     */
    public static BigDecimal parse(String text) {
        if (text.length() > LONGEST_TEXT) {
            throw new IllegalArgumentException("a number of " + text.length() + " characters is longer than the store"
                    + " holds (expected at most " + INTEGER_DIGITS + " digits before the point and " + DECIMALS
                    + " after)");
        }
        BigDecimal value = new BigDecimal(text);
        BigDecimal stripped = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
        long integerDigits = (long) stripped.precision() - stripped.scale();
        if (integerDigits > INTEGER_DIGITS || stripped.scale() > DECIMALS) {
            throw new IllegalArgumentException("'" + text + "' has more digits than the store holds (expected at most "
                    + INTEGER_DIGITS + " digits before the point and " + DECIMALS + " after)");
        }
        return value;
    }
}
