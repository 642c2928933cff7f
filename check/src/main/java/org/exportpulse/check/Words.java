package org.exportpulse.check;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Numbers written the way the explanations quote them: {@code $437 million}, {@code $1.799 billion}, {@code +19.4%}. */
final class Words {

    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

    private Words() {}

    /** A USD amount given in millions, with every digit the data has. */
    static String usd(BigDecimal millions) {
        if (millions.abs().compareTo(THOUSAND) >= 0) {
            BigDecimal billions = millions.divide(THOUSAND).stripTrailingZeros();
            if (billions.scale() < 2) {
                billions = billions.setScale(2, RoundingMode.UNNECESSARY);
            }
            return sign(millions) + "$" + billions.abs().toPlainString() + " billion";
        }
        return sign(millions) + "$" + plain(millions.abs()) + " million";
    }

    /** A signed percentage with {@code decimals} decimals: {@code +19.4%}, {@code -3.0%}. */
    static String change(BigDecimal pct, int decimals) {
        BigDecimal r = pct.setScale(decimals, RoundingMode.HALF_UP);
        return (r.signum() > 0 ? "+" : "") + r.toPlainString() + "%";
    }

    /** An unsigned percentage: {@code 10.8%}. */
    static String percent(BigDecimal pct, int decimals) {
        return pct.setScale(decimals, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    /** The decimals the text used, at least one. */
    static int decimalsFor(BigDecimal halfWidth) {
        return Math.max(1, statedDecimals(halfWidth));
    }

    /** The decimals the text stated, from half a unit of its last digit (0.05 gives 1). */
    static int statedDecimals(BigDecimal halfWidth) {
        return halfWidth == null
                ? 0
                : Math.max(0, halfWidth.stripTrailingZeros().scale() - 1);
    }

    static String plain(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0, RoundingMode.UNNECESSARY) : s).toPlainString();
    }

    private static String sign(BigDecimal v) {
        return v.signum() < 0 ? "-" : "";
    }
}
