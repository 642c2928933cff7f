package org.exportpulse.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words by which texts name series: {@code IT exports}, {@code ICT export remittances}, {@code
 * textile exports} … each mapped to a series family (the monthly id whose {@code .fytd} and {@code
 * .fy} companions hold the cumulative and fiscal-year values) or a sum of families ({@code a+b}).
 * Kept as data; the longest phrase wins where phrases overlap.
 */
public final class SubjectLexicon {

    /**
     * One phrase.
     *
     * @param phrase the words as they appear in texts
     * @param family a series family id, or several joined by {@code +}
     * @param matchCase whether the phrase matches only with the capitals given ({@code IT}, not
     *     {@code it})
     */
    public record Entry(String phrase, String family, boolean matchCase) {
        public Entry {
            if (phrase == null || phrase.isBlank()) {
                throw new IllegalArgumentException("a lexicon phrase is blank");
            }
            Objects.requireNonNull(family, "family");
        }
    }

    /**
     * A phrase found in a text.
     *
     * @param family the series family it names; {@code null} for a category the lexicon does not hold
     */
    public record Mention(int start, int end, String family) {}

    /**
     * A publisher's own publication of a family: where a paragraph names the publisher ({@code
     * phrase}), figures of {@code family} are checked against {@code variant} for the periods it
     * holds.
     */
    public record PublisherVariant(String phrase, String family, String variant, boolean matchCase) {
        /** @throws IllegalArgumentException for a blank phrase, family or variant */
        public PublisherVariant {
            if (phrase.isBlank() || family.isBlank() || variant.isBlank()) {
                throw new IllegalArgumentException("a publisher variant needs a phrase, a series and a variant");
            }
        }

        Pattern pattern() {
            return Pattern.compile(
                    "(?<![\\w])" + Pattern.quote(phrase) + "(?![\\w])", matchCase ? 0 : Pattern.CASE_INSENSITIVE);
        }
    }

    /**
     * A whole that texts rank parts within ({@code the third-largest source of foreign exchange}).
     *
     * @param phrase the whole as written after {@code of}, {@code in}, {@code within}, {@code among}
     * @param members the series families ranked; may be empty
     * @param total the family of the whole when stored (a part above half of it is the largest), or
     *     blank
     * @param missing what a ranking would need that the data lacks, in words; may be blank
     */
    public record Ranking(String phrase, List<String> members, String total, String missing) {
        /** @throws IllegalArgumentException for a blank phrase, or nothing to rank with and nothing said missing */
        public Ranking {
            if (phrase == null || phrase.isBlank()) {
                throw new IllegalArgumentException("a ranking phrase is blank");
            }
            members = List.copyOf(members);
            total = total == null ? "" : total.strip();
            missing = missing == null ? "" : missing.strip();
            if (members.isEmpty() && total.isEmpty() && missing.isEmpty()) {
                throw new IllegalArgumentException(
                        "the ranking '" + phrase + "' names no members, no total and nothing missing");
            }
        }
    }

    /**
     * A ranking found at the start of some words.
     *
     * @param length how many characters of the words its phrase covers
     */
    record RankingMatch(Ranking ranking, int length) {}

    private final List<Entry> entries;
    private final List<Entry> longestFirst;
    private final Pattern pattern;
    private final List<String> economies;
    private final ShareCues shareCues;
    private final List<PublisherVariant> variants;
    private final List<Pattern> variantPatterns;
    private final List<Ranking> rankings;
    /** Each ranking's phrase at the start of some words (any case; blanks and hyphens alike, whole words). */
    private final List<Pattern> rankingPhrases;

    private SubjectLexicon(
            List<Entry> entries,
            List<Entry> longestFirst,
            List<String> economies,
            List<PublisherVariant> variants,
            List<Ranking> rankings) {
        this.entries = entries;
        this.rankings = rankings.stream()
                .sorted(Comparator.comparingInt((Ranking r) -> r.phrase().length())
                        .reversed())
                .toList();
        this.rankingPhrases = this.rankings.stream()
                .map(r -> Pattern.compile(phraseRegex(r.phrase()) + "(?![\\w&])", Pattern.CASE_INSENSITIVE))
                .toList();
        this.longestFirst = longestFirst;
        this.pattern = compile(longestFirst);
        this.economies = List.copyOf(economies);
        this.shareCues = new ShareCues(this.economies);
        this.variants = List.copyOf(variants);
        this.variantPatterns =
                this.variants.stream().map(PublisherVariant::pattern).toList();
    }

    /**
     * @throws IllegalArgumentException when {@code entries} is empty
     */
    public static SubjectLexicon of(List<Entry> entries) {
        if (entries.isEmpty()) {
            throw new IllegalArgumentException("the subject lexicon has no entries");
        }
        List<Entry> longestFirst = new ArrayList<>(entries);
        longestFirst.sort(
                Comparator.comparingInt((Entry e) -> e.phrase().length()).reversed());
        return new SubjectLexicon(List.copyOf(entries), List.copyOf(longestFirst), List.of(), List.of(), List.of());
    }

    /**
     * The same lexicon knowing the economies its series belong to, as texts name them
     * ({@code Pakistan}): "of Pakistan's total exports" then names a share's total.
     */
    public SubjectLexicon withEconomies(List<String> names) {
        return new SubjectLexicon(entries, longestFirst, names, variants, rankings);
    }

    /** The same lexicon knowing which publication a text means when it names a publisher. */
    public SubjectLexicon withPublisherVariants(List<PublisherVariant> given) {
        return new SubjectLexicon(entries, longestFirst, economies, given, rankings);
    }

    /** The same lexicon knowing the wholes that texts rank parts within. */
    public SubjectLexicon withRankings(List<Ranking> given) {
        return new SubjectLexicon(entries, longestFirst, economies, variants, given);
    }

    /** The ranking whose phrase begins {@code words} (the longest such phrase), if any. */
    java.util.Optional<RankingMatch> ranking(String words) {
        for (int i = 0; i < rankings.size(); i++) {
            Matcher m = rankingPhrases.get(i).matcher(words);
            if (m.lookingAt()) {
                return java.util.Optional.of(new RankingMatch(rankings.get(i), m.end()));
            }
        }
        return java.util.Optional.empty();
    }

    public List<PublisherVariant> publisherVariants() {
        return variants;
    }

    /** Whether some publisher's own publication of {@code family} is known. */
    boolean hasVariants(String family) {
        return variants.stream().anyMatch(v -> v.family().equals(family));
    }

    /**
     * Where {@code text} names a publisher: for each place, its start and the index of its variant
     * in {@link #publisherVariants()}, ordered by start. One pass per variant over the whole text.
     */
    List<int[]> publisherMentions(String text) {
        List<int[]> found = new ArrayList<>();
        for (int i = 0; i < variants.size(); i++) {
            Matcher m = variantPatterns.get(i).matcher(text);
            while (m.find()) {
                found.add(new int[] {m.start(), i});
            }
        }
        found.sort(Comparator.comparingInt((int[] a) -> a[0]));
        return found;
    }

    /** The variant of {@code family} named at one of {@code mentions} within [{@code from}, {@code to}), if any. */
    java.util.Optional<String> variant(List<int[]> mentions, String family, int from, int to) {
        for (int[] m : mentions) {
            if (m[0] >= from && m[0] < to && variants.get(m[1]).family().equals(family)) {
                return java.util.Optional.of(variants.get(m[1]).variant());
            }
        }
        return java.util.Optional.empty();
    }

    /** The economies' names, as texts write them. */
    public List<String> economies() {
        return economies;
    }

    ShareCues shareCues() {
        return shareCues;
    }

    public List<Entry> entries() {
        return entries;
    }

    /** The distinct families the lexicon names, in the order of its entries (the first is the default subject). */
    public List<String> families() {
        return entries.stream().map(Entry::family).distinct().toList();
    }

    /**
     * The subject phrases of {@code text}, ordered by start. Categories of services the lexicon does
     * not hold ({@code exports of software consultancy services}) are mentions too, with a {@code
     * null} family: a number about them is not about the series named before.
     */
    List<Mention> scan(String text) {
        List<Mention> found = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            for (int g = 1; g <= longestFirst.size(); g++) {
                if (m.group(g) != null) {
                    found.add(new Mention(
                            m.start(), m.end(), longestFirst.get(g - 1).family()));
                    break;
                }
            }
        }
        List<Mention> known = List.copyOf(found);
        Matcher other = OTHER_CATEGORY.matcher(text);
        while (other.find()) {
            int start = other.start("cat");
            int end = other.end("cat");
            if (known.stream().noneMatch(k -> k.start() < end && start < k.end())) {
                found.add(new Mention(start, end, null));
            }
        }
        found.sort(Comparator.comparingInt(Mention::start));
        return found;
    }

    /** {@code exports of repair and maintenance services}, {@code the export and imports of computer software services}. */
    private static final Pattern OTHER_CATEGORY =
            Pattern.compile("(?=[eE])\\bexports?(?:\\s+(?:and|&)\\s+imports?)?\\s+of\\s+(?:the\\s+)?"
                    + "(?<cat>(?:[\\w-]+\\s+){0,3}?[\\w-]+\\s+services)\\b");

    private static Pattern compile(List<Entry> entries) {
        StringBuilder regex = new StringBuilder("(?=[" + firstLetters(entries) + "])(?<![\\w&])(?:");
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            regex.append(i == 0 ? "" : "|")
                    .append("(")
                    .append(e.matchCase() ? "" : "(?i:")
                    .append(phraseRegex(e.phrase()))
                    .append(e.matchCase() ? "" : ")")
                    .append(")");
        }
        return Pattern.compile(regex.append(")(?![\\w&])").toString());
    }

    /** The characters a phrase can start with, escaped for a character class. */
    private static String firstLetters(List<Entry> entries) {
        StringBuilder chars = new StringBuilder();
        for (Entry e : entries) {
            char c = e.phrase().strip().charAt(0);
            String forms = e.matchCase() ? String.valueOf(c) : "" + Character.toLowerCase(c) + Character.toUpperCase(c);
            for (char f : forms.toCharArray()) {
                if (chars.indexOf(String.valueOf(f)) < 0) {
                    chars.append(Character.isLetterOrDigit(f) ? String.valueOf(f) : "\\" + f);
                }
            }
        }
        return chars.toString();
    }

    /** Blanks match any run of blanks or a hyphen; {@code &} and {@code and} match each other. */
    private static String phraseRegex(String phrase) {
        StringBuilder r = new StringBuilder();
        for (String word : phrase.strip().split("\\s+")) {
            if (!r.isEmpty()) {
                r.append("[\\s-]+");
            }
            r.append(word.equals("&") || word.equalsIgnoreCase("and") ? "(?:&|and)" : Pattern.quote(word));
        }
        return r.toString();
    }
}
