package org.exportpulse.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds amounts, percentages and multiples in normalised text ({@link ArticleText#normalised()}). */
final class NumberScanner {

    private static final String NUMBER = "\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?";
    private static final Pattern AMOUNT = Pattern.compile(
            "(?<![\\w.$₨])(?<cur>us\\s*\\$\\s*|\\$\\s*|usd\\s*|rs\\.?\\s*"
                    + "|pkr\\s*|₨\\s*)?(?<num>" + NUMBER + ")(?![\\d,.]\\d)"
                    + "(?:\\s*-?(?<scale>million|mln|mn|m|billion|bln|bn|b|crore|cr|lakh|lac|thousand|trillion|tn)\\b"
                    + "(?:\\s+(?<lakh>\\d+(?:\\.\\d+)?)\\s*(?:lakh|lac)\\b)?)?"
                    + "(?:\\s*(?<cur2>us\\s*dollars|dollars|usd|rupees))?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PERCENT = Pattern.compile(
            "(?<![\\w.])(?<sign>[-+])?(?:(?<num>\\d+(?:\\.\\d+)?)|(?<word>(?i:" + Words.NUMBER_WORDS + ")))\\s*"
                    + "(?<unit>%|percentage\\s*points?\\b|pp\\b|ppts?\\b|percent\\b|per\\s*cent\\b|pct\\b|pc\\b)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TIMES = Pattern.compile(
            "(?<![\\w.])(?<num>\\d+(?:\\.\\d+)?)[\\s+-]?(?:times|fold)\\b|\\b(?<word>doubled|tripled|trebled|quadrupled)\\b",
            Pattern.CASE_INSENSITIVE);

    private NumberScanner() {}

    /** Every number mention, ordered by start. */
    static List<NumberMention> scan(String text) {
        List<NumberMention> found = new ArrayList<>();
        percentages(text, found);
        multiples(text, found);
        boolean[] taken = new boolean[text.length()];
        for (NumberMention n : found) {
            Arrays.fill(taken, n.start(), n.end(), true);
        }
        amounts(text, found, taken);
        found.sort(Comparator.comparingInt(NumberMention::start));
        return found;
    }

    private static void percentages(String text, List<NumberMention> found) {
        Matcher m = PERCENT.matcher(text);
        while (m.find()) {
            String unit = m.group("unit").toLowerCase(Locale.ROOT);
            boolean points = unit.startsWith("percentage") || unit.startsWith("pp");
            String digits = m.group("num") != null ? m.group("num") : Words.numberOfWord(m.group("word"));
            BigDecimal value = new BigDecimal(digits);
            if ("-".equals(m.group("sign"))) {
                value = value.negate();
            }
            found.add(new NumberMention(
                    m.start(),
                    m.end(),
                    points ? NumberMention.Kind.PERCENTAGE_POINTS : NumberMention.Kind.PERCENT,
                    value,
                    halfUnit(digits, BigDecimal.ONE)));
        }
    }

    private static void multiples(String text, List<NumberMention> found) {
        Matcher m = TIMES.matcher(text);
        while (m.find()) {
            if (m.group("word") != null) {
                found.add(new NumberMention(
                        m.start(), m.end(), NumberMention.Kind.TIMES, factorWord(m.group("word")), BigDecimal.ZERO));
            } else {
                found.add(new NumberMention(
                        m.start(),
                        m.end(),
                        NumberMention.Kind.TIMES,
                        new BigDecimal(m.group("num")),
                        halfUnit(m.group("num"), BigDecimal.ONE)));
            }
        }
    }

    private static BigDecimal factorWord(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "doubled" -> BigDecimal.valueOf(2);
            case "quadrupled" -> BigDecimal.valueOf(4);
            default -> BigDecimal.valueOf(3);
        };
    }

    private static void amounts(String text, List<NumberMention> found, boolean[] taken) {
        Matcher m = AMOUNT.matcher(text);
        while (m.find()) {
            if (overlaps(taken, m.start(), m.end())) {
                continue;
            }
            String cur = lower(m.group("cur")) + lower(m.group("cur2"));
            String scale = lower(m.group("scale"));
            if (cur.isBlank() && !(scale.startsWith("b") || scale.startsWith("m") || scale.startsWith("t"))) {
                continue;
            }
            if (scale.isEmpty() || (cur.isBlank() && scale.length() == 1)) {
                continue;
            }
            boolean rupees =
                    cur.startsWith("rs") || cur.startsWith("pkr") || cur.startsWith("₨") || cur.endsWith("rupees");
            BigDecimal millionsPerUnit = millionsPer(scale);
            BigDecimal value = new BigDecimal(m.group("num").replace(",", "")).multiply(millionsPerUnit);
            BigDecimal half = halfUnit(m.group("num"), millionsPerUnit);
            if (m.group("lakh") != null) {
                value = value.add(new BigDecimal(m.group("lakh")).multiply(millionsPer("lakh")));
                half = halfUnit(m.group("lakh"), millionsPer("lakh"));
            }
            found.add(new NumberMention(
                    m.start(),
                    trimEnd(text, m.end()),
                    rupees ? NumberMention.Kind.PKR : NumberMention.Kind.USD,
                    value.stripTrailingZeros(),
                    half.stripTrailingZeros()));
        }
    }

    private static int trimEnd(String text, int end) {
        int e = end;
        while (e > 0 && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return e;
    }

    private static boolean overlaps(boolean[] taken, int start, int end) {
        for (int i = start; i < end; i++) {
            if (taken[i]) {
                return true;
            }
        }
        return false;
    }

    private static String lower(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT).strip();
    }

    /** How many millions one unit of {@code scale} is. */
    static BigDecimal millionsPer(String scale) {
        return switch (scale) {
            case "billion", "bln", "bn", "b" -> BigDecimal.valueOf(1000);
            case "trillion", "tn" -> BigDecimal.valueOf(1_000_000);
            case "crore", "cr" -> BigDecimal.TEN;
            case "lakh", "lac" -> new BigDecimal("0.1");
            case "thousand" -> new BigDecimal("0.001");
            default -> BigDecimal.ONE;
        };
    }

    /** Half a unit of the last digit of {@code number}, times {@code unit}. */
    static BigDecimal halfUnit(String number, BigDecimal unit) {
        int dot = number.indexOf('.');
        int decimals = dot < 0 ? 0 : number.length() - dot - 1;
        return new BigDecimal("0.5").movePointLeft(decimals).multiply(unit);
    }
}
