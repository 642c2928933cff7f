package org.exportpulse.check;

import java.math.BigDecimal;
import org.exportpulse.core.figures.Percent;

/**
 * The rounding a published value carries beyond the unit it is kept in. Most values are kept
 * with the digits their publisher gives ({@code 1438.827}, {@code 236}) and are taken as they
 * stand, as the outlets quoting them do; a figure of a thousand or more ending in zeros ({@code
 * 2610}, kept from "$2.61 billion") was published rounded, to half a unit of its last non-zero
 * digit, and every figure computed from it is an interval.
 */
final class Precision {

    private static final BigDecimal HALF = new BigDecimal("0.5");
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Precision() {}

    /**
     * How far {@code value} may be from the figure it rounds, in its unit: half a unit of its last
     * non-zero digit for a value of a thousand or more published rounded to tens or more, else zero.
     */
    static BigDecimal halfUnit(BigDecimal value) {
        int zeros =
                value.scale() > 0 ? 0 : Math.max(0, -value.stripTrailingZeros().scale());
        if (value.abs().compareTo(THOUSAND) >= 0 && zeros > 0) {
            return HALF.movePointRight(zeros);
        }
        return BigDecimal.ZERO;
    }

    /**
     * The percentage changes from {@code then} to {@code now} that their rounding allows: {@code
     * [low, high]} in percent; {@code null} when the base may be zero.
     */
    static BigDecimal[] changeRange(BigDecimal now, BigDecimal nowHalf, BigDecimal then, BigDecimal thenHalf) {
        BigDecimal[] ratio = ratioRange(now, nowHalf, then, thenHalf);
        return ratio == null ? null : new BigDecimal[] {ratio[0].subtract(HUNDRED), ratio[1].subtract(HUNDRED)};
    }

    /**
     * The values of {@code part} as a percentage of {@code total} that their rounding allows:
     * {@code [low, high]}; {@code null} when the total may be zero.
     */
    static BigDecimal[] ratioRange(BigDecimal part, BigDecimal partHalf, BigDecimal total, BigDecimal totalHalf) {
        if (total.abs().compareTo(totalHalf) <= 0) {
            return null;
        }
        BigDecimal a = Percent.of(part.subtract(partHalf), total.add(totalHalf));
        BigDecimal b = Percent.of(part.add(partHalf), total.subtract(totalHalf));
        return new BigDecimal[] {a.min(b), a.max(b)};
    }

    /** Whether a stated number {@code claimed} ± {@code half} can round from a value in {@code [low, high]}. */
    static boolean overlaps(BigDecimal claimed, BigDecimal half, BigDecimal[] range) {
        return range != null
                && claimed.subtract(half).compareTo(range[1]) <= 0
                && range[0].compareTo(claimed.add(half)) < 0;
    }
}
