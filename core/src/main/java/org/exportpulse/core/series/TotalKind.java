package org.exportpulse.core.series;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What a share's denominator totals, read from its series' titles (metadata, never id words):
 * {@code exports of goods and services} (or a goods series plus a services series) is total exports.
 */
public enum TotalKind {
    /** Goods and services together: total exports. */
    GOODS_AND_SERVICES,
    /** Services alone. */
    SERVICES,
    /** Goods alone. */
    GOODS,
    /** Neither word in any title. */
    OTHER;

    private static final Pattern SERVICES_WORD = Pattern.compile("\\bservices?\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern GOODS_WORD = Pattern.compile("\\b(?:goods|merchandise)\\b", Pattern.CASE_INSENSITIVE);

    /** The kind of the total whose parts have {@code titles} (one title per series summed). */
    public static TotalKind of(List<String> titles) {
        boolean services =
                titles.stream().anyMatch(t -> SERVICES_WORD.matcher(t).find());
        boolean goods = titles.stream().anyMatch(t -> GOODS_WORD.matcher(t).find());
        if (services && goods) {
            return GOODS_AND_SERVICES;
        }
        return services ? SERVICES : goods ? GOODS : OTHER;
    }
}
