package org.exportpulse.formats;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.exportpulse.core.series.Series;

/**
 * Finds the series a row belongs to: by our id, or by a publisher's series key (an SBP EasyData
 * {@code TS_GP_…} key) named in a series' definition.
 */
public final class SeriesLookup {

    private final Map<String, Series> byId;
    private final String forcedId;

    /**
     * @param forcedId the series every keyed row goes to, or {@code null} to look keys up
     */
    public SeriesLookup(Map<String, Series> byId, String forcedId) {
        this.byId = Map.copyOf(byId);
        this.forcedId = forcedId;
    }

    public Optional<Series> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /**
     * The series for a publisher's key: the forced series when one was given, else the only series
     * whose definition names the key as a whole word.
     *
     * @throws IllegalArgumentException when no series, or more than one, names the key, saying how
     *     to resolve it
     */
    public Series byPublisherKey(String key) {
        if (forcedId != null) {
            return byId(forcedId)
                    .orElseThrow(() -> new IllegalArgumentException("--series " + forcedId
                            + " is not a known series (expected an id from 'pulse series' or a series file)"));
        }
        Pattern word = Pattern.compile("(^|[^A-Za-z0-9_.])" + Pattern.quote(key) + "($|[^A-Za-z0-9_])");
        var matches = byId.values().stream()
                .filter(s -> word.matcher(s.definition()).find())
                .toList();
        if (matches.size() == 1) {
            return matches.get(0);
        }
        throw new IllegalArgumentException((matches.isEmpty()
                        ? "no series names the key " + key + " in its definition"
                        : "several series name the key " + key + ": "
                                + String.join(
                                        ", ", matches.stream().map(Series::id).toList()))
                + " (expected one; pass --series ID, or give a series file whose definition names the key)");
    }
}
