package org.exportpulse.check;

import java.math.BigDecimal;

/**
 * A number the text states, with its unit, normalised: amounts in millions of their currency,
 * percentages in percent, multiples as the factor ({@code 1.5 times} is 1.5).
 *
 * @param start first index of the mention in the text (currency sign included)
 * @param end index after the mention (scale word or percent sign included)
 * @param halfWidth half a unit of the last digit stated, in the normalised unit: {@code $2.24
 *     billion} is 2240 ± 5, {@code 23%} is 23 ± 0.5
 */
public record NumberMention(int start, int end, Kind kind, BigDecimal value, BigDecimal halfWidth) {

    /** What a stated number measures. */
    public enum Kind {
        /** US dollars, in millions. */
        USD,
        /** Pakistani rupees, in millions. */
        PKR,
        /** A percentage: a change or a share. */
        PERCENT,
        /** A difference of percentages. */
        PERCENTAGE_POINTS,
        /** A multiple ({@code 1.5 times}, {@code doubled}). */
        TIMES
    }

    public boolean isAmount() {
        return kind == Kind.USD || kind == Kind.PKR;
    }
}
