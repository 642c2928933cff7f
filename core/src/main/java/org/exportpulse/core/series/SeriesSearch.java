package org.exportpulse.core.series;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Ranked search over series metadata by words, not substrings: "IT exports" does not find Haiti or
 * Italy. Every word of the query (stop words aside) must match a word of the series' id, title,
 * publisher or definition, exactly or as the start of a longer word (at least three letters), or
 * with a final "s" dropped. A match scores by where it is (title 4, id 3, publisher 2, definition 1;
 * half for a prefix); a query that is one of the names the press uses for a series (its lexicon
 * phrases) puts that series first. Ties go to the shorter title, then the id.
 */
public final class SeriesSearch {

    /** A series found and how well it matched. */
    public record Hit(Series series, double score) {}

    private static final Set<String> STOP_WORDS = Set.of("a", "an", "and", "the", "of", "in", "for", "to", "by", "on");
    private static final double PHRASE_BOOST = 100;

    private final List<Series> all;
    private final Map<String, String> phrases;

    private SeriesSearch(List<Series> all, Map<String, String> phrases) {
        this.all = List.copyOf(all);
        this.phrases = Map.copyOf(phrases);
    }

    /**
     * @param phrases names texts use for series (lower case, words separated by one space) → series id
     */
    public static SeriesSearch of(List<Series> all, Map<String, String> phrases) {
        return new SeriesSearch(all, phrases);
    }

    /** The series matching every word of {@code query}, best first; all series (in id order) for a blank query. */
    public List<Hit> search(String query) {
        List<String> words = words(query == null ? "" : query);
        words.removeIf(STOP_WORDS::contains);
        List<Hit> hits = new ArrayList<>();
        if (words.isEmpty()) {
            all.stream().sorted(Comparator.comparing(Series::id)).forEach(s -> hits.add(new Hit(s, 0)));
            return hits;
        }
        String phraseOwner = phrases.get(String.join(" ", words(query)));
        for (Series s : all) {
            double score = score(s, words);
            if (score > 0) {
                hits.add(new Hit(s, score + (s.id().equals(phraseOwner) ? PHRASE_BOOST : 0)));
            }
        }
        hits.sort(Comparator.comparingDouble(Hit::score)
                .reversed()
                .thenComparingInt(h -> h.series().title().length())
                .thenComparing(h -> h.series().id()));
        return hits;
    }

    /** {@code text} lower-cased and cut into words of letters and digits; "&" reads as "and". */
    public static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String w : text.toLowerCase(Locale.ROOT).replace("&", " and ").split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }

    private static double score(Series s, List<String> query) {
        List<Set<String>> fields = List.of(
                new HashSet<>(words(s.title())),
                new HashSet<>(words(s.id())),
                new HashSet<>(words(s.publisher())),
                new HashSet<>(words(s.definition())));
        double[] weights = {4, 3, 2, 1};
        double total = 0;
        for (String q : query) {
            double best = 0;
            for (int f = 0; f < fields.size(); f++) {
                best = Math.max(best, weights[f] * match(q, fields.get(f)));
            }
            if (best == 0) {
                return 0;
            }
            total += best;
        }
        return total;
    }

    /** 1 for the word itself (or its singular), ½ for a word it begins, 0 otherwise. */
    private static double match(String q, Set<String> field) {
        String singular = q.length() > 3 && q.endsWith("s") ? q.substring(0, q.length() - 1) : q;
        if (field.contains(q) || field.contains(singular) || field.contains(q + "s")) {
            return 1;
        }
        if (q.length() >= 3) {
            for (String w : field) {
                if (w.startsWith(q)) {
                    return 0.5;
                }
            }
        }
        return 0;
    }
}
