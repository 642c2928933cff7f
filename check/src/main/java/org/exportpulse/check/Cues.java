package org.exportpulse.check;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The words around a number that say what it is: direction, comparison, share, record, target. */
final class Cues {

    private static final int CI = Pattern.CASE_INSENSITIVE;
    private static final Pattern UP = Pattern.compile(
            "\\b(?:rose|rise[sn]?|rising|up|increase[sd]?|increasing|grew|grow(?:s|n|ing|th)?"
                    + "|jump(?:s|ed|ing)?|surge[sd]?|surging|climb(?:s|ed|ing)?|higher|gain(?:s|ed)?|soar(?:s|ed|ing)?|boost(?:ed)?"
                    + "|expand(?:s|ed)?|expansion|rebound(?:ed)?|improve[sd]?|improvement|spike[sd]?|upsurge|hike[sd]?|increments?|more|above)\\b",
            CI);
    private static final Pattern DOWN = Pattern.compile(
            "\\b(?:negative\\s+growth|fell|fall(?:s|en|ing)?|down|decline[sd]?|declining|decrease[sd]?"
                    + "|decreasing|drop(?:s|ped|ping)?|dip(?:s|ped)?|lower|contract(?:s|ed|ion)?|slump(?:s|ed)?|plunge[sd]?"
                    + "|shr[iau]nk|slid(?:e|es)?|dwindl\\w*|less|plummet\\w*|tumbl\\w*|below)\\b",
            CI);
    private static final Pattern MOM = Pattern.compile(
            "month[- ]on[- ]month|month[- ]over[- ]month|\\bm-?o-?m\\b|\\bm/m\\b"
                    + "|sequential(?:ly)?|(?:previous|preceding|prior)\\s+month|(?:from|over|than)\\s+last\\s+month"
                    + "|a\\s+month\\s+(?:earlier|before|ago)",
            CI);
    private static final Pattern YOY = Pattern.compile(
            "year[- ]on[- ]year|year[- ]over[- ]year|\\by-?o-?y\\b|\\by/y\\b|annual(?:ly)?"
                    + "|(?:same|corresponding)\\s+(?:month|period|months)|a\\s+year\\s+(?:earlier|ago|before)"
                    + "|(?:from|over|than|to)\\s+last\\s+year|\\bsply\\b",
            CI);
    private static final Pattern RECORD = Pattern.compile(
            "\\b(?:record(?![- ]?(?:ed|ing|s)\\b)(?:[- ](?:high|breaking|level))?"
                    + "|all[- ]time\\s+high|highest[- ]ever|ever[- ]highest|highest\\s+(?:monthly|level|on\\s+record|in\\s+history)"
                    + "|for\\s+the\\s+first\\s+time|unprecedented|historic(?:al)?\\s+high|never\\s+before|best[- ]ever)\\b",
            CI);
    private static final Pattern FIRST_TIME = Pattern.compile("first\\s+time|never\\s+before", CI);
    private static final Pattern PROJECTION = Pattern.compile(
            "\\b(?:target(?:ed|s|ing)?|goal|aim(?:s|ed|ing)?|projected|projection"
                    + "|projects?|forecasts?|forecasted|expected|expects?|expectations?|plans?|planned|could|would|will|shall|potential"
                    + "|envisag\\w*|ambitions?|ambitious|seeks?|hopes?|vision|by\\s+20\\d\\d|(?:I|we)\\s+see)\\b",
            CI);
    private static final Pattern CHANGE_ABS_BEFORE = Pattern.compile(
            "(?:\\bby|increase\\s+of|increment\\s+of|rise\\s+of|growth\\s+of|jump\\s+of"
                    + "|decline\\s+of|drop\\s+of|fall\\s+of|addition\\s+of|gain\\s+of)\\s+(?:(?:about|around|nearly|over|some|an?|almost)\\s+)?$",
            CI);
    private static final Pattern BASE_MARKER = Pattern.compile(
            "(?:compared\\s+(?:to|with)|against|versus|vs\\.?|from|over|than|above|below"
                    + "|in\\s+comparison\\s+(?:to|with)|relative\\s+to|up\\s+from|down\\s+from)\\s+(?:[^\\s+.;]+\\s+){0,4}$",
            CI);
    private static final Pattern BASE_AMOUNT_MARKER = Pattern.compile(
            "(?:compared\\s+(?:to|with)|against|versus|vs\\.?|from|than"
                    + "|in\\s+comparison\\s+(?:to|with)|relative\\s+to)\\s+(?:(?:about|around|nearly|some|the|a)\\s+)?$",
            CI);

    private static final Pattern PARTS =
            Pattern.compile("\\b(?:including|comprising|comprised\\s+of|consisting\\s+of|such\\s+as|namely)\\b", CI);

    private static final Pattern CLAUSE_BREAK = Pattern.compile(
            "\\s(?:while|whereas)[\\s,]|;|(?<=^(?:\\w{1,20}:\\s{0,3})?(?:while|whereas)\\b[^,;]{1,150}),", CI);

    private static final Pattern EARLIER_RELEASE = Pattern.compile(
            "\\b(?:initial|earlier|first|provisional|preliminary|previous|original)(?:ly)?\\s+"
                    + "(?:estimates?|figures?|data|releases?|numbers?|reported|estimated|released)\\s+(?:of|at|was|were|as|to)?\\s*$",
            CI);

    /** {@code average of the last 12 months}, {@code previous 12-month average}, {@code twelve-month average}. */
    private static final Pattern AVERAGE_SPAN = Pattern.compile(
            "\\baverage\\s+of\\s+the\\s+(?:last|past|previous|preceding)\\s+(?<n1>\\d+|[a-z]+)\\s+months?\\b"
                    + "|\\b(?<n2>\\d+|[a-z]+)[- ]months?\\s+average\\b",
            CI);

    /** {@code missed the target of … by}, {@code exceeded its target … by}: a gap to a target, in percent. */
    private static final Pattern TARGET_GAP = Pattern.compile(
            "\\b(?:(?<short>missed|miss(?:es|ing)?|fell\\s+short\\s+of|short\\s+of)|(?<beat>exceeded|exceeds?|surpassed|beat|overshot|topped))"
                    + "\\s+(?:the|its|their|this|a)?\\s*(?:[\\w-]+\\s+){0,3}?targets?\\b[^;]{0,120}?\\bby\\s+"
                    + "(?:(?:around|about|nearly|almost|some|over|roughly|approximately)\\s+)?$",
            CI);

    private Cues() {}

    /**
     * {@code -1} when the percentage at {@code start} says by how much a target was missed, {@code
     * +1} when by how much it was beaten, {@code 0} otherwise; {@code cueStart} receives where the
     * cue begins, so that the target amount is looked for after it.
     */
    static int targetGap(String sentence, int start, int[] cueStart) {
        Matcher m = TARGET_GAP.matcher(sentence.substring(Math.max(0, start - 200), start));
        if (!m.find()) {
            return 0;
        }
        cueStart[0] = Math.max(0, start - 200) + m.start();
        return m.group("short") != null ? -1 : 1;
    }

    /**
     * The months averaged when the amount at {@code start} is a monthly average over the months
     * before it ({@code the average of the last 12 months that comes to around $220 million}); 0
     * when it is not. The cue stands before the amount with no other number between.
     */
    static int averageMonths(String sentence, int start) {
        String before = sentence.substring(Math.max(0, start - 100), start);
        Matcher m = AVERAGE_SPAN.matcher(before);
        int months = 0;
        while (m.find()) {
            String gap = before.substring(m.end());
            String n = m.group("n1") != null ? m.group("n1") : m.group("n2");
            months = gap.matches("[^$\\d]*") ? count(n) : 0;
        }
        return months;
    }

    private static int count(String n) {
        if (n.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(n);
        }
        try {
            return Integer.parseInt(Words.numberOfWord(n));
        } catch (IllegalArgumentException notANumber) {
            return 0;
        }
    }

    /** Whether the amount at {@code start} is introduced as an earlier release ({@code the initial estimates of}). */
    static boolean isEarlierRelease(String sentence, int start) {
        return EARLIER_RELEASE
                .matcher(sentence.substring(Math.max(0, start - 40), start))
                .find();
    }

    /** Where a sentence joins two statements ({@code while}, {@code whereas}, {@code ;}). */
    static Matcher clauseBreaks(String sentence) {
        return CLAUSE_BREAK.matcher(sentence);
    }

    /** Words that open a list of what a total includes: {@code including}, {@code comprising}, {@code such as}. */
    static Matcher parts(String sentence) {
        return PARTS.matcher(sentence);
    }

    /**
     * The sign a direction word gives the number at {@code [start, end)}: +1, -1, or 0 when no
     * direction word is near. The nearest word within the clause, and within {@code [windowStart,
     * windowEnd)} (the part of the sentence between the neighbouring changes), wins.
     */
    static int direction(String sentence, int start, int end, int windowStart, int windowEnd) {
        String before = clauseBefore(sentence, start, Math.min(60, start - windowStart));
        String after = sentence.substring(end, Math.min(Math.min(sentence.length(), windowEnd), end + 30));
        int up = lastEnd(UP, before);
        int down = lastEnd(DOWN, before);
        if (up >= 0 || down >= 0) {
            return up > down ? 1 : -1;
        }
        int upAfter = firstStart(UP, after);
        int downAfter = firstStart(DOWN, after);
        if (upAfter < 0 && downAfter < 0) {
            return 0;
        }
        if (upAfter < 0) {
            return -1;
        }
        return downAfter < 0 || upAfter < downAfter ? 1 : -1;
    }

    private static final Pattern CHANGE_NOUN = Pattern.compile(
            "\\b(?:(?<up>growth|increase|increment|rise|surge|jump|gain)|(?<down>decline|decrease|fall|drop|contraction|dip))\\b",
            CI);

    /**
     * The sign of a change noun anywhere in {@code before} ({@code The growth in exports, on a
     * year-on-year basis, stood at 22 percent}), the last one winning; 0 when there is none.
     */
    static int changeNoun(String before) {
        Matcher m = CHANGE_NOUN.matcher(before);
        int sign = 0;
        while (m.find()) {
            sign = m.group("up") != null ? 1 : -1;
        }
        return sign;
    }

    /** The comparison words anywhere in the sentence say. */
    static Claim.Comparison comparison(String sentence) {
        boolean mom = MOM.matcher(sentence).find();
        boolean yoy = YOY.matcher(sentence).find();
        if (mom == yoy) {
            return Claim.Comparison.UNSTATED;
        }
        return mom ? Claim.Comparison.MONTH_ON_MONTH : Claim.Comparison.YEAR_ON_YEAR;
    }

    private static final Pattern RANK = Pattern.compile(
            "\\b(?:(?<ord>second|third|fourth|fifth|2nd|3rd|4th|5th)[- ])?(?:largest|biggest|highest|top|leading)"
                    + "(?:\\s+(?:[\\w-]+\\s+){0,2}?(?:sources?|contributors?|components?|shares?|earners?|categor(?:y|ies)"
                    + "|segments?|items?|sectors?)\\s+(?:of|in|within|among|to)\\s+(?:the\\s+)?(?:country'?s\\s+"
                    + "|\\w+['\u2019]s\\s+|total\\s+|overall\\s+)*(?<among>[\\w&][\\w& -]{1,40})"
                    + "|\\s+(?<kind>export\\s+(?:categor(?:y|ies)|earners?|items?|sectors?))\\b)",
            CI);

    /**
     * Rank words: {@code the third-largest source of foreign exchange} (the whole after {@code of},
     * {@code in}, {@code within}, {@code among}) or {@code the second-largest export category} (the
     * kind of part named); see {@link #rankWhole}.
     */
    static Matcher ranks(String sentence) {
        return RANK.matcher(sentence);
    }

    /** The words naming the whole of a match of {@link #ranks}, and where they start in the sentence. */
    static int rankWholeStart(Matcher m) {
        return m.group("among") != null ? m.start("among") : m.start("kind");
    }

    /** The words naming the whole of a match of {@link #ranks}. */
    static String rankWhole(Matcher m) {
        return m.group("among") != null ? m.group("among") : m.group("kind");
    }

    /** The rank {@code second}, {@code 3rd} … stand for; 1 when none is written. */
    static int rank(String ordinal) {
        if (ordinal == null) {
            return 1;
        }
        return switch (ordinal.toLowerCase(java.util.Locale.ROOT)) {
            case "second", "2nd" -> 2;
            case "third", "3rd" -> 3;
            case "fourth", "4th" -> 4;
            default -> 5;
        };
    }

    static Matcher records(String sentence) {
        return RECORD.matcher(sentence);
    }

    static boolean isFirstTime(String recordWords) {
        return FIRST_TIME.matcher(recordWords).find();
    }

    private static final Pattern NOW = Pattern.compile("now|currently|at\\s+present", CI);

    /** Whether a period mention is {@code now}, {@code currently} or {@code at present}. */
    static boolean isNow(String mention) {
        return NOW.matcher(mention.strip()).matches();
    }

    /** Whether the sentence speaks of a target, plan or forecast anywhere. */
    static boolean mentionsProjection(String sentence) {
        return PROJECTION.matcher(sentence).find();
    }

    /** Whether words of a target, plan or forecast come shortly before {@code start}. */
    static boolean isProjection(String sentence, int start) {
        return PROJECTION.matcher(clauseBefore(sentence, start, 50)).find();
    }

    static boolean isChangeAmount(String sentence, int start) {
        return CHANGE_ABS_BEFORE
                .matcher(sentence.substring(Math.max(0, start - 30), start))
                .find();
    }

    /** Whether the mention at {@code start} is introduced as the base of a comparison ({@code compared to …}). */
    static boolean isBasePeriod(String sentence, int start) {
        return BASE_MARKER.matcher(clauseBefore(sentence, start, 45)).find();
    }

    static boolean isBaseAmount(String sentence, int start) {
        return BASE_AMOUNT_MARKER
                .matcher(sentence.substring(Math.max(0, start - 30), start))
                .find();
    }

    /** Up to {@code max} characters before {@code start}, cut after the last {@code ;} or {@code :}. */
    private static String clauseBefore(String sentence, int start, int max) {
        String window = sentence.substring(Math.max(0, start - max), start);
        int cut = Math.max(window.lastIndexOf(';'), window.lastIndexOf(':'));
        return cut < 0 ? window : window.substring(cut + 1);
    }

    private static int lastEnd(Pattern p, String text) {
        Matcher m = p.matcher(text);
        int end = -1;
        while (m.find()) {
            end = m.end();
        }
        return end;
    }

    private static int firstStart(Pattern p, String text) {
        Matcher m = p.matcher(text);
        return m.find() ? m.start() : -1;
    }
}
