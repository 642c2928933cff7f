package org.exportpulse.brief.compose;

import java.util.List;

/**
 * Names the statistical basis of a denominator from its series ids: the rule fits when every id
 * holds {@code everyIdHolds} and, unless blank, some id holds {@code oneIdHolds}.
 */
public record BasisRule(String everyIdHolds, String oneIdHolds, String words) {

    /**
     * Reads {@code EVERY | ONE | WORDS} (a preset's {@code basis.N} value).
     *
     * @throws IllegalArgumentException naming the preset and key when the value has not three parts
     */
    static BasisRule parse(String preset, String key, String value) {
        String[] parts = value.split("\\|", -1);
        if (parts.length != 3 || parts[0].isBlank() || parts[2].isBlank()) {
            throw new IllegalArgumentException("brief preset " + preset + ": " + key + " = " + value
                    + " (expected FRAGMENT EVERY ID HOLDS | FRAGMENT ONE ID HOLDS (may be empty) | WORDS)");
        }
        return new BasisRule(parts[0].strip(), parts[1].strip(), parts[2].strip());
    }

    boolean fits(List<String> seriesIds) {
        return seriesIds.stream().allMatch(id -> id.contains(everyIdHolds))
                && (oneIdHolds.isEmpty() || seriesIds.stream().anyMatch(id -> id.contains(oneIdHolds)));
    }
}
