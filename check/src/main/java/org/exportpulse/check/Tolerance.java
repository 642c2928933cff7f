package org.exportpulse.check;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Judges a stated number against the data at the precision the text used.
 *
 * <ul>
 *   <li>A plain number matches when the actual value rounds to it: {@code 23%} covers [22.5,
 *       23.5), {@code $2.24 billion} covers [2235, 2245) million.
 *   <li>It is approximate when the text truncated instead of rounding ({@code 22%} for 22.75) or
 *       is off by less than one unit of its last digit (another rounding base) — only where the
 *       data has more digits than the text: {@code $129 million} against a published 130 is
 *       simply wrong.
 *   <li>{@code over}/{@code more than} X matches any value above X; {@code under}/{@code less than}
 *       any below; {@code nearly}/{@code almost} X a value at most half a unit above X and at most
 *       5% below it; {@code about}/{@code around} X a value within 2.5% of X or one unit of its
 *       last digit.
 * </ul>
 */
final class Tolerance {

    /** How close a stated number is. */
    enum Outcome {
        MATCH,
        TRUNCATED,
        NEAR,
        MISS;

        boolean isClose() {
            return this == TRUNCATED || this == NEAR;
        }
    }

    private static final BigDecimal NEARLY_BAND = new BigDecimal("0.95");
    private static final BigDecimal ABOUT_BAND = new BigDecimal("0.025");
    /** Half a unit times this is at most the value when it has four or more significant digits. */
    private static final BigDecimal FINE_RATIO = BigDecimal.valueOf(2000);

    private Tolerance() {}

    static Outcome judge(BigDecimal claimed, BigDecimal half, Qualifier qualifier, BigDecimal actual) {
        return switch (qualifier) {
            case OVER -> actual.compareTo(claimed) > 0 ? Outcome.MATCH : Outcome.MISS;
            case UNDER -> actual.compareTo(claimed) < 0 ? Outcome.MATCH : Outcome.MISS;
            case NEARLY ->
                actual.compareTo(claimed.add(half)) <= 0
                                && actual.abs().compareTo(claimed.abs().multiply(NEARLY_BAND)) >= 0
                        ? Outcome.MATCH
                        : Outcome.MISS;
            case ABOUT ->
                actual.subtract(claimed)
                                        .abs()
                                        .compareTo(
                                                half.add(half).max(claimed.abs().multiply(ABOUT_BAND)))
                                <= 0
                        ? Outcome.MATCH
                        : Outcome.MISS;
            case EXACT -> exact(claimed, half, actual);
        };
    }

    private static Outcome exact(BigDecimal claimed, BigDecimal half, BigDecimal actual) {
        boolean sameSign = claimed.signum() == 0 || actual.signum() == 0 || claimed.signum() == actual.signum();
        BigDecimal c = claimed.abs();
        BigDecimal a = actual.abs();
        if (sameSign && a.compareTo(c.subtract(half)) >= 0 && a.compareTo(c.add(half)) < 0) {
            return Outcome.MATCH;
        }
        if (onGrid(actual, half.add(half))) {
            // the data has no more digits than the text: rounding cannot explain a difference, unless
            // both carry four or more significant digits and differ by one unit of the last ($2.597
            // billion for a published 2,596: the publisher's own figures were rounded differently)
            boolean oneUnit = actual.subtract(claimed).abs().compareTo(half.add(half)) <= 0;
            boolean fine = half.multiply(FINE_RATIO).compareTo(a.max(c)) <= 0;
            return sameSign && oneUnit && fine ? Outcome.NEAR : Outcome.MISS;
        }
        if (sameSign && a.compareTo(c) >= 0 && a.compareTo(c.add(half).add(half)) < 0) {
            return Outcome.TRUNCATED;
        }
        if (actual.subtract(claimed).abs().compareTo(half.add(half)) <= 0) {
            return Outcome.NEAR;
        }
        return Outcome.MISS;
    }

    /** Whether {@code value} is a whole multiple of {@code unit} (zero unit: never). */
    private static boolean onGrid(BigDecimal value, BigDecimal unit) {
        if (unit.signum() == 0) {
            return false;
        }
        BigDecimal u = unit.stripTrailingZeros();
        if (u.unscaledValue().equals(java.math.BigInteger.ONE)) { // a power of ten: compare decimal places
            return value.signum() == 0 || value.stripTrailingZeros().scale() <= u.scale();
        }
        return value.remainder(unit).signum() == 0;
    }

    /** Why a close number is only approximate, in words. */
    static String reason(Outcome outcome) {
        return outcome == Outcome.TRUNCATED
                ? "the text truncates the figure instead of rounding it"
                : "the text is off by less than one unit of its last digit (another rounding)";
    }

    /** {@code actual} rounded to the decimals of {@code half} (the text's precision). */
    static BigDecimal atPrecision(BigDecimal actual, BigDecimal half) {
        int decimals = Math.max(0, half.stripTrailingZeros().scale() - 1);
        return actual.setScale(decimals, RoundingMode.HALF_UP);
    }
}
