package org.exportpulse.check;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the words before a number bound it: {@code over $400 million} is a lower bound, {@code
 * nearly $2.3 billion} a value just above the actual one, {@code about $2.2 billion} a loose value.
 */
enum Qualifier {
    EXACT,
    /** over, more than, above, exceeding, crossed, surpassed, topped, in excess of. */
    OVER,
    /** under, less than, below. */
    UNDER,
    /** nearly, almost, close to, just under, approaching: the actual value is at most the claimed one and within 5%. */
    NEARLY,
    /** about, around, approximately, roughly, some, an estimated, ~, ≈: within 2.5% or one unit of the last digit. */
    ABOUT;

    private static final Pattern BEFORE = Pattern.compile(
            "(?:^|[^\\w])(?:(?<over>over|more\\s+than|above|exceed(?:ed|ing|s)?"
                    + "|cross(?:ed|ing|es)?|surpass(?:ed|ing|es)?|top(?:ped|ping|s)?|in\\s+excess\\s+of|beyond|breach(?:ed|ing)?)"
                    + "|(?<under>under|less\\s+than|below|short\\s+of)"
                    + "|(?<nearly>nearly|almost|close\\s+to|just\\s+under|approaching)"
                    + "|(?<about>about|around|approximately|approx\\.?|roughly|some|an\\s+estimated|~|≈|circa))"
                    + "(?:\\s+the)?(?:\\s+(?:mark|level)\\s+of)?\\s*$",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern AFTER_CHANGE = Pattern.compile(
            "(?:%|percent|per\\s*cent|pct|pc|times|fold|higher|lower|up|down|more|less)\\s*$",
            Pattern.CASE_INSENSITIVE);

    /** How a number under this qualifier is judged, in words: {@code Read as a lower bound: any value above $1 billion.} */
    String rule(String stated) {
        return switch (this) {
            case OVER -> "Read as a lower bound: any value above " + stated + ".";
            case UNDER -> "Read as an upper bound: any value below " + stated + ".";
            case NEARLY -> "Read as \"nearly\": at most half a unit above " + stated + " and at most 5% below.";
            case ABOUT -> "Read as \"about\": within 2.5% of " + stated + " or one unit of its last digit.";
            case EXACT -> "Read as stated, to its last digit.";
        };
    }

    /** The qualifier of the number starting at {@code start}, from the words just before it. */
    static Qualifier before(String text, int start) {
        String window = text.substring(Math.max(0, start - 24), start).toLowerCase(Locale.ROOT);
        Matcher m = BEFORE.matcher(window);
        if (!m.find()) {
            return EXACT;
        }
        String lead = text.substring(Math.max(0, start - 24 - 16), Math.max(0, start - 24) + m.start())
                .toLowerCase(Locale.ROOT);
        if (m.group("over") != null || m.group("under") != null) {
            if (AFTER_CHANGE.matcher(lead).find()) {
                return EXACT; // "36 percent more than the $225 million": the base of a comparison, not a bound
            }
        }
        if (m.group("under") != null) {
            return UNDER;
        }
        if (m.group("nearly") != null) {
            return NEARLY;
        }
        if (m.group("about") != null) {
            return ABOUT;
        }
        return m.group("over") != null ? OVER : EXACT;
    }
}
