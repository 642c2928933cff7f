package org.exportpulse.core.series;

import java.util.Arrays;
import java.util.List;

/**
 * A series, or a sum of series over the same period, that a share may be taken against. Written
 * {@code pk.pbs.goods.exports+pk.pbs.services.exports}.
 */
public record Denominator(List<String> seriesIds) {

    public Denominator {
        seriesIds = List.copyOf(seriesIds);
        if (seriesIds.isEmpty()) {
            throw new IllegalArgumentException("a denominator names at least one series");
        }
        seriesIds.forEach(SeriesId::requireValid);
    }

    /**
     * Reads {@code a} or {@code a+b}.
     *
     * @throws IllegalArgumentException when a part is not a valid series id
     */
    public static Denominator parse(String text) {
        return new Denominator(
                Arrays.stream(text.split("\\+")).map(String::strip).toList());
    }

    /** Reads a {@code ;}-separated list; blank text gives an empty list. */
    public static List<Denominator> parseList(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split(";"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .map(Denominator::parse)
                .toList();
    }

    public String code() {
        return String.join("+", seriesIds);
    }

    @Override
    public String toString() {
        return code();
    }
}
