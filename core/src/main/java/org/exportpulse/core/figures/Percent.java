package org.exportpulse.core.figures;

import java.math.BigDecimal;
import java.math.MathContext;

/** Percentage arithmetic, unrounded (16 significant digits). */
public final class Percent {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Percent() {}

    /** {@code (current - base) / base × 100}; {@code null} when {@code base} is zero. */
    public static BigDecimal change(BigDecimal current, BigDecimal base) {
        if (base.signum() == 0) {
            return null;
        }
        return current.subtract(base).multiply(HUNDRED).divide(base, MathContext.DECIMAL64);
    }

    /** {@code part / whole × 100}; {@code null} when {@code whole} is zero. */
    public static BigDecimal of(BigDecimal part, BigDecimal whole) {
        if (whole.signum() == 0) {
            return null;
        }
        return part.multiply(HUNDRED).divide(whole, MathContext.DECIMAL64);
    }
}
