package org.exportpulse.check;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;

/** Numbers written the way the explanations quote them: {@code $437 million}, {@code $1.799 billion}, {@code +19.4%}. */
final class Words {

    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

    /** Numbers written as words, as a regex alternation: {@code one} … {@code twenty}, the tens to ninety, {@code a hundred}. */
    static final String NUMBER_WORDS =
            "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a\\s+hundred|one\\s+hundred"
                    + "|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|ten"
                    + "|one|two|three|four|five|six|seven|eight|nine|half\\s+a|a\\s+half";

    private static final List<String> UNITS = List.of(
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen");
    private static final List<String> TENS =
            List.of("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety");

    private Words() {}

    /**
     * The digits of a number word matched by {@link #NUMBER_WORDS}: {@code five} gives {@code 5},
     * {@code half a} gives {@code 0.5}.
     *
     * @throws IllegalArgumentException for a word that is not one of them
     */
    static String numberOfWord(String word) {
        String w = word.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
        if (w.startsWith("half") || w.endsWith("half")) {
            return "0.5";
        }
        if (w.endsWith("hundred")) {
            return "100";
        }
        int unit = UNITS.indexOf(w);
        if (unit >= 0) {
            return String.valueOf(unit + 1);
        }
        int tens = TENS.indexOf(w);
        if (tens >= 0) {
            return String.valueOf((tens + 2) * 10);
        }
        throw new IllegalArgumentException("not a number word: " + word);
    }

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

    /** A count in words up to nineteen, else in digits: {@code nine}, {@code 24}. */
    static String count(int n) {
        return n >= 1 && n <= UNITS.size() ? UNITS.get(n - 1) : String.valueOf(n);
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
