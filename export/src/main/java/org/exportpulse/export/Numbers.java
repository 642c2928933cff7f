package org.exportpulse.export;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import org.exportpulse.core.series.Unit;

/** Numbers and months as the profession writes them: {@code $437 million}, {@code +22.8%}, {@code December 2025}. */
public final class Numbers {

    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

    private Numbers() {}

    /**
     * An amount in {@code unit}: USD million values under a thousand keep their published digits
     * ({@code $437 million}, {@code $136.1 million}); a thousand and more are billions to two
     * decimals ({@code $2.24 billion}). Other USD scales are converted to millions first (to one
     * decimal under a billion); other measures are written as number and unit.
     */
    public static String amount(BigDecimal value, Unit unit) {
        if (value == null) {
            return "n/a";
        }
        if (!unit.convertibleTo(Unit.USD_MILLION)) {
            return value.toPlainString() + " " + unit;
        }
        if (!unit.equals(Unit.USD_MILLION)) {
            BigDecimal millions = unit.convert(value, Unit.USD_MILLION);
            return amount(
                    millions.abs().compareTo(THOUSAND) >= 0 ? millions : millions.setScale(1, RoundingMode.HALF_UP),
                    Unit.USD_MILLION);
        }
        String sign = value.signum() < 0 ? "-" : "";
        BigDecimal abs = value.abs();
        if (abs.compareTo(THOUSAND) >= 0) {
            return sign + "$"
                    + abs.divide(THOUSAND).setScale(2, RoundingMode.HALF_UP).toPlainString() + " billion";
        }
        return sign + "$" + abs.toPlainString() + " million";
    }

    /** A change in the unit with its sign: {@code +$81 million}. */
    public static String signedAmount(BigDecimal value, Unit unit) {
        if (value == null) {
            return "n/a";
        }
        String text = amount(value, unit);
        return value.signum() >= 0 ? "+" + text : text;
    }

    /** A percentage to one decimal with its sign: {@code +22.8%}, {@code -3.1%}; {@code n/a} for null. */
    public static String signedPercent(BigDecimal pct) {
        if (pct == null) {
            return "n/a";
        }
        BigDecimal rounded = pct.setScale(1, RoundingMode.HALF_UP);
        return (rounded.signum() >= 0 ? "+" : "") + rounded.toPlainString() + "%";
    }

    /** A percentage to one decimal: {@code 10.8%}; {@code n/a} for null. */
    public static String percent(BigDecimal pct) {
        return pct == null ? "n/a" : pct.setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    /** {@code December 2025}. */
    public static String month(YearMonth month) {
        return month.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + month.getYear();
    }

    /** {@code Dec 2025}. */
    public static String shortMonth(YearMonth month) {
        return month.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " " + month.getYear();
    }
}
