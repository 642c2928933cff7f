package org.exportpulse.brief.compose;

import java.math.BigDecimal;
import java.util.List;

/**
 * A number the brief states, with what it measures and the stored values it comes from.
 *
 * @param key stable name within a brief ({@code headline.value}, {@code fytd.pct})
 * @param value unrounded, in the unit {@code kind} says
 * @param refs the stored values it was read or computed from, never empty
 */
public record BriefNumber(String key, BigDecimal value, Kind kind, List<TraceRef> refs) {

    /** What a number measures, which decides how it is written. */
    public enum Kind {
        /** USD million ({@code $437 million}, {@code $2.24 billion}). */
        USD_MILLION,
        /** USD ({@code $3.63 billion}), as the World Bank publishes. */
        USD,
        /** A change in percent, signed when written ({@code +22.8%}). */
        CHANGE_PCT,
        /** A share in percent ({@code 9.4%}). */
        SHARE_PCT,
        /** Percentage points ({@code 3.1 percentage points}). */
        POINTS,
        /** A rank (1 for the first). */
        RANK,
        /** A count of months or years. */
        COUNT
    }

    public BriefNumber {
        if (refs.isEmpty()) {
            throw new IllegalArgumentException("number " + key + " needs at least one stored value behind it");
        }
        refs = List.copyOf(refs);
    }
}
