package org.exportpulse.brief;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.exportpulse.brief.compose.BriefNumber;
import org.exportpulse.core.series.Unit;
import org.exportpulse.export.Numbers;

/**
 * A brief number as the profession writes it: {@code $437 million}, {@code $2.24 billion}, {@code
 * 22.8%}, {@code +3.1 percentage points}, {@code 4th}.
 */
public final class NumberText {

    private static final Unit USD = new Unit("USD", Unit.Scale.ONE);

    private NumberText() {}

    public static String of(BriefNumber n) {
        BigDecimal v = n.value();
        return switch (n.kind()) {
            case USD_MILLION -> Numbers.amount(roundMillions(v), Unit.USD_MILLION);
            case USD -> Numbers.amount(v, USD);
            case CHANGE_PCT -> v.signum() < 0 ? Numbers.signedPercent(v) : Numbers.percent(v);
            case SHARE_PCT -> Numbers.percent(v);
            case POINTS -> points(v);
            case RANK -> ordinal(v.intValueExact());
            case COUNT -> v.toPlainString();
        };
    }

    /** Computed amounts (averages) to one decimal under a billion; published ones keep their digits. */
    private static BigDecimal roundMillions(BigDecimal v) {
        return v.scale() > 3 ? v.setScale(1, RoundingMode.HALF_UP).stripTrailingZeros() : v;
    }

    private static String points(BigDecimal v) {
        BigDecimal r = v.setScale(1, RoundingMode.HALF_UP);
        String text = (r.signum() > 0 ? "+" : "") + r.toPlainString();
        return text + (r.abs().compareTo(BigDecimal.ONE) == 0 ? " percentage point" : " percentage points");
    }

    static String ordinal(int n) {
        int mod100 = n % 100;
        String suffix = mod100 >= 11 && mod100 <= 13
                ? "th"
                : switch (n % 10) {
                    case 1 -> "st";
                    case 2 -> "nd";
                    case 3 -> "rd";
                    default -> "th";
                };
        return n + suffix;
    }
}
