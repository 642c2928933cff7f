package org.exportpulse.brief.compose;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Brief presets read from their key–value form (the bundle's {@code presets/brief-*.properties}):
 * which series a brief compares its series with and how its sentences name things. A series without
 * a preset gets a brief of the series alone.
 */
public final class BriefPresets {

    private final List<BriefSpec> presets;

    private BriefPresets(List<BriefSpec> presets) {
        this.presets = List.copyOf(presets);
    }

    /** No presets: every brief covers its series alone. */
    public static BriefPresets none() {
        return new BriefPresets(List.of());
    }

    /**
     * @param presets one map of keys to values per preset (keys in the bundle's presets/README.md)
     * @throws IllegalArgumentException naming the preset and key when a required key is missing or
     *     a basis rule is malformed
     */
    public static BriefPresets of(List<Map<String, String>> presets) {
        List<BriefSpec> specs = new ArrayList<>();
        for (Map<String, String> p : presets) {
            specs.add(spec(p));
        }
        return new BriefPresets(specs);
    }

    /** The spec of {@code seriesId}'s brief: its preset, or the series alone. */
    public BriefSpec forSeries(String seriesId, YearMonth month) {
        return find(seriesId).map(s -> s.withMonth(month)).orElseGet(() -> BriefSpec.alone(seriesId, month));
    }

    /** The preset of {@code seriesId}, if it has one. */
    public Optional<BriefSpec> find(String seriesId) {
        return presets.stream().filter(s -> s.seriesId().equals(seriesId)).findFirst();
    }

    /**
     * The first preset: the flagship series, whose categories {@code pulse ranking} and whose peers
     * {@code pulse peers} compare by default.
     *
     * @throws IllegalStateException when there is none
     */
    public BriefSpec flagship() {
        if (presets.isEmpty()) {
            throw new IllegalStateException("no brief preset is installed");
        }
        return presets.get(0);
    }

    private static BriefSpec spec(Map<String, String> p) {
        String series = required(p, "series", "?");
        List<BasisRule> bases = new ArrayList<>();
        new TreeMap<>(p)
                .entrySet().stream()
                        .filter(e -> e.getKey().startsWith("basis."))
                        .sorted((a, b) -> Integer.compare(order(series, a.getKey()), order(series, b.getKey())))
                        .forEach(e -> bases.add(BasisRule.parse(series, e.getKey(), e.getValue())));
        return new BriefSpec(
                series,
                null,
                list(p.get("components")),
                list(p.get("categories")),
                list(p.get("peers")),
                p.getOrDefault("self", ""),
                p.getOrDefault("peer_series_prefix", ""),
                p.getOrDefault("definition_note", ""),
                p.getOrDefault("subject", ""),
                p.getOrDefault("ranking_note", ""),
                new Wording(
                        p.getOrDefault("economy", ""),
                        p.getOrDefault("short_subject", ""),
                        p.getOrDefault("title_prefix", ""),
                        bases));
    }

    private static int order(String series, String key) {
        try {
            return Integer.parseInt(key.substring("basis.".length()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "brief preset " + series + ": key " + key + " is not basis.N with N a number");
        }
    }

    private static String required(Map<String, String> p, String key, String series) {
        String v = p.get(key);
        if (v == null || v.isBlank()) {
            throw new IllegalArgumentException("brief preset " + series + ": key " + key + " is missing");
        }
        return v.strip();
    }

    private static List<String> list(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return Arrays.stream(value.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }
}
