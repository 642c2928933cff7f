package org.exportpulse.core.series;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The groups series fall into, by the start of their ids (data, not code: the bundle's {@code
 * catalog/groups.csv}). The longest matching prefix decides; an id no prefix covers is in {@link
 * #OTHER}.
 */
public final class SeriesGroups {

    /** The code of the group of ids that no rule covers. */
    public static final String OTHER = "other";

    private static final Pattern CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    /**
     * One rule: ids starting with {@code idPrefix} are in group {@code code}.
     *
     * @param code the group's code in URLs: lower-case words joined by hyphens
     * @param idPrefix the start of the ids covered, not blank
     * @param label a short name for menus, e.g. {@code Export categories}
     * @param title what the group holds, in words
     */
    public record Rule(String code, String idPrefix, String label, String title) {
        /** @throws IllegalArgumentException for a code not in lower-case hyphenated words or a blank prefix */
        public Rule {
            if (!CODE.matcher(code).matches()) {
                throw new IllegalArgumentException(
                        "group '" + code + "' is not a code (expected lower-case words joined by hyphens)");
            }
            if (idPrefix.isBlank()) {
                throw new IllegalArgumentException("group " + code + " has a blank id prefix");
            }
        }
    }

    private final List<Rule> longestFirst;
    private final Map<String, String> titles = new LinkedHashMap<>();
    private final Map<String, String> labels = new LinkedHashMap<>();

    private SeriesGroups(List<Rule> rules) {
        List<Rule> sorted = new ArrayList<>(rules);
        sorted.sort(Comparator.comparingInt((Rule r) -> r.idPrefix().length()).reversed());
        this.longestFirst = List.copyOf(sorted);
        rules.forEach(r -> titles.putIfAbsent(r.code(), r.title()));
        rules.forEach(r -> labels.putIfAbsent(r.code(), r.label()));
        titles.putIfAbsent(OTHER, "Series that no group covers");
        labels.putIfAbsent(OTHER, "Other series");
    }

    /**
     * The groups given by {@code rules}.
     *
     * @throws IllegalArgumentException when two rules have the same prefix
     */
    public static SeriesGroups of(List<Rule> rules) {
        long distinct = rules.stream().map(Rule::idPrefix).distinct().count();
        if (distinct != rules.size()) {
            throw new IllegalArgumentException("two group rules have the same id prefix");
        }
        return new SeriesGroups(rules);
    }

    /** The code of the group of the series with id {@code id}: the longest matching prefix's, else {@link #OTHER}. */
    public String of(String id) {
        for (Rule r : longestFirst) {
            if (id.startsWith(r.idPrefix())) {
                return r.code();
            }
        }
        return OTHER;
    }

    /** Every group code → its title, in the order of the rules, {@link #OTHER} last. */
    public Map<String, String> titles() {
        return Collections.unmodifiableMap(titles);
    }

    /** Every group code → its short label, in the order of the rules, {@link #OTHER} last. */
    public Map<String, String> labels() {
        return Collections.unmodifiableMap(labels);
    }

    /**
     * The code {@code code} as known here (case and surrounding blanks ignored).
     *
     * @throws IllegalArgumentException for an unknown code, listing the known ones
     */
    public String parse(String code) {
        String wanted = code.strip().toLowerCase(Locale.ROOT);
        if (titles.containsKey(wanted)) {
            return wanted;
        }
        throw new IllegalArgumentException(
                "group " + code.strip() + " is not one (expected " + String.join(", ", titles.keySet()) + ")");
    }
}
