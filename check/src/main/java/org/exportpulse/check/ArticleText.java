package org.exportpulse.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An article as given, and a normalised copy of the same length that the scanners read: every
 * index of the copy is the same index in the original, so a span found in the copy is a span of
 * the text as given.
 *
 * <p>Normalisation: HTML tags and comments become blanks and the common entities become their
 * character followed by blanks; Unicode minus signs and dashes become {@code -}; curly quotes
 * become straight ones; non-breaking, thin and figure spaces become a plain blank, or a thousands
 * comma when they sit between a digit and a group of exactly three digits ({@code 1 799}).
 */
public final class ArticleText {

    private static final Pattern TAG = Pattern.compile("<!--.*?-->|<[a-zA-Z/!][^<>]{0,2000}>", Pattern.DOTALL);
    private static final Pattern ENTITY = Pattern.compile("&(nbsp|amp|minus|ndash|mdash|pound|#8722|#x2212|#160|"
            + "lt|gt|quot|apos|#39|rsquo|lsquo|rdquo|ldquo|thinsp|hellip);");
    private static final Pattern SCRIPT =
            Pattern.compile("<(script|style)[^>]*>.*?</\\1\\s*>", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);

    private final String original;
    private final String normalised;

    private ArticleText(String original, String normalised) {
        this.original = original;
        this.normalised = normalised;
    }

    /** Normalises {@code text}; {@code null} is read as empty. */
    public static ArticleText of(String text) {
        String source = text == null ? "" : text;
        char[] chars = source.toCharArray();
        if (looksLikeHtml(source)) {
            blank(chars, SCRIPT.matcher(source));
            blank(chars, TAG.matcher(new String(chars)));
            replaceEntities(chars);
        }
        for (int i = 0; i < chars.length; i++) {
            chars[i] = plain(chars, i);
        }
        return new ArticleText(source, new String(chars));
    }

    /** The text exactly as given. */
    public String original() {
        return original;
    }

    /** The normalised copy, of the same length as {@link #original()}. */
    public String normalised() {
        return normalised;
    }

    public int length() {
        return original.length();
    }

    /**
     * Sentence ranges {@code [start, end)} over the whole text: a sentence ends at {@code .}, {@code
     * !} or {@code ?} followed by a blank and an upper-case letter, digit or quote, or at a blank
     * line or line break; a full stop after a known abbreviation ({@code Rs.}, {@code Jan.}, {@code
     * U.S.}, {@code No.}) or inside a number does not end one.
     */
    public List<int[]> sentences() {
        List<int[]> ranges = new ArrayList<>();
        int start = 0;
        String t = normalised;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            boolean end = c == '\n' || ((c == '.' || c == '!' || c == '?') && endsSentence(t, i));
            if (end) {
                if (!t.substring(start, i + 1).isBlank()) {
                    ranges.add(new int[] {start, i + 1});
                }
                start = i + 1;
            }
        }
        if (start < t.length() && !t.substring(start).isBlank()) {
            ranges.add(new int[] {start, t.length()});
        }
        return ranges;
    }

    private static boolean endsSentence(String t, int i) {
        int next = i + 1;
        if (next >= t.length()) {
            return true;
        }
        if (!Character.isWhitespace(t.charAt(next))) {
            return false;
        }
        while (next < t.length() && t.charAt(next) == ' ') {
            next++;
        }
        if (next >= t.length()) {
            return true;
        }
        char after = t.charAt(next);
        if (!(Character.isUpperCase(after) || Character.isDigit(after) || after == '"' || after == '\n')) {
            return false;
        }
        return !endsWithAbbreviation(t, i);
    }

    private static boolean endsWithAbbreviation(String t, int dot) {
        int s = dot;
        while (s > 0 && Character.isLetter(t.charAt(s - 1))) {
            s--;
        }
        String word = t.substring(s, dot).toLowerCase(Locale.ROOT);
        return ABBREVIATIONS.contains(word) || (dot - s == 1 && Character.isUpperCase(t.charAt(s)));
    }

    private static final Set<String> ABBREVIATIONS = Set.of(
            "rs", "no", "mr", "mrs", "ms", "dr", "st", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
            "oct", "nov", "dec", "vs", "approx", "est", "inc", "ltd", "co", "govt", "min", "mln", "bn");

    private static boolean looksLikeHtml(String text) {
        return text.indexOf('<') >= 0 && TAG.matcher(text).find() || text.indexOf('&') >= 0;
    }

    private static void blank(char[] chars, Matcher m) {
        while (m.find()) {
            for (int i = m.start(); i < m.end(); i++) {
                chars[i] = chars[i] == '\n' ? '\n' : ' ';
            }
            // a block-level tag separates sentences
            if (m.end() - m.start() >= 3 && isBlockTag(m.group())) {
                chars[m.start()] = '\n';
            }
        }
    }

    private static boolean isBlockTag(String tag) {
        String t = tag.toLowerCase(Locale.ROOT);
        return t.startsWith("<p")
                || t.startsWith("</p")
                || t.startsWith("<br")
                || t.startsWith("<div")
                || t.startsWith("</div")
                || t.startsWith("<li")
                || t.startsWith("<h")
                || t.startsWith("</h");
    }

    private static void replaceEntities(char[] chars) {
        Matcher m = ENTITY.matcher(new String(chars));
        while (m.find()) {
            chars[m.start()] = entityChar(m.group(1));
            for (int i = m.start() + 1; i < m.end(); i++) {
                chars[i] = ' ';
            }
        }
    }

    private static char entityChar(String name) {
        return switch (name) {
            case "nbsp", "#160", "thinsp" -> '\u00A0';
            case "amp" -> '&';
            case "minus", "ndash", "mdash", "#8722", "#x2212" -> '-';
            case "pound" -> '£';
            case "lt" -> '<';
            case "gt" -> '>';
            case "quot", "rdquo", "ldquo" -> '"';
            case "hellip" -> '.';
            default -> '\'';
        };
    }

    private static char plain(char[] chars, int i) {
        char c = chars[i];
        switch (c) {
            case '\u2212', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\uFE63', '\uFF0D':
                return '-';
            case '\u2018', '\u2019', '\u2032':
                return '\'';
            case '\u201C', '\u201D':
                return '"';
            case '\u00A0', '\u2009', '\u202F', '\u2007', '\u200A', '\u2008':
                return isGroupSeparator(chars, i) ? ',' : ' ';
            case '\t', '\r', '\f', '\u000B':
                return c == '\r' ? '\n' : ' ';
            default:
                return c;
        }
    }

    private static boolean isGroupSeparator(char[] chars, int i) {
        if (i == 0 || !Character.isDigit(chars[i - 1])) {
            return false;
        }
        for (int k = 1; k <= 3; k++) {
            if (i + k >= chars.length || !Character.isDigit(chars[i + k])) {
                return false;
            }
        }
        return i + 4 >= chars.length || !Character.isDigit(chars[i + 4]);
    }
}
