package org.exportpulse.brief;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import org.exportpulse.brief.compose.BriefNumber;
import org.exportpulse.core.series.Unit;
import org.exportpulse.export.Numbers;

/**
 * A brief number as the profession writes it: {@code $437 million}, {@code $2.24 billion}, {@code
 * 22.8%}, {@code +3.1 percentage points}, {@code 4th}. Money has at most three significant figures
 * ({@code $209 million} for an average of 208.75, {@code $17.9 billion}, {@code $178 billion}), as
 * central banks' releases write it; the exact value stays in the note and the data block.
 */
public final class NumberText {

    private static final Unit USD = new Unit("USD", Unit.Scale.ONE);

    private NumberText() {}

    public static String of(BriefNumber n) {
        BigDecimal v = n.value();
        return switch (n.kind()) {
            case USD_MILLION -> money(v);
            case USD -> money(USD.convert(v, Unit.USD_MILLION));
            case CHANGE_PCT -> v.signum() < 0 ? Numbers.signedPercent(v) : Numbers.percent(v);
            case SHARE_PCT -> Numbers.percent(v);
            case POINTS -> points(v);
            case RANK -> ordinal(v.intValueExact());
            case COUNT -> v.toPlainString();
        };
    }

    private static final MathContext THREE_FIGURES = new MathContext(3, RoundingMode.HALF_UP);
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

    /**
     * US$ millions at three significant figures at most: {@code $437 million}, {@code $7.5
     * million}, {@code $2.98 billion}, {@code $4.00 billion}, {@code $17.9 billion}.
     */
    static String money(BigDecimal millions) {
        BigDecimal m = millions.round(THREE_FIGURES);
        String sign = m.signum() < 0 ? "-" : "";
        BigDecimal abs = m.abs();
        if (abs.compareTo(THOUSAND) >= 0) {
            BigDecimal billions = abs.divide(THOUSAND);
            int whole = billions.precision() - billions.scale();
            return sign + "$"
                    + billions.setScale(Math.max(0, 3 - whole), RoundingMode.HALF_UP)
                            .toPlainString() + " billion";
        }
        return sign + "$" + abs.stripTrailingZeros().toPlainString() + " million";
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
