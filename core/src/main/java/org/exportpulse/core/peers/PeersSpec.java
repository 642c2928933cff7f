package org.exportpulse.core.peers;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * Which economies a peer comparison compares, and when.
 *
 * @param codes World Bank economy codes
 * @param self the economy highlighted, among {@code codes} or not
 * @param seriesPrefix the id prefix of the per-economy series, the economy's code in lower case
 *     completing it ({@code wdi.ict_exports.} holds the World Bank's ICT service exports)
 * @param year the calendar year; empty for the latest with a value for {@code self}
 */
public record PeersSpec(List<String> codes, String self, String seriesPrefix, OptionalInt year) {

    public PeersSpec {
        codes = List.copyOf(codes);
        Objects.requireNonNull(self, "self");
        Objects.requireNonNull(seriesPrefix, "seriesPrefix");
        Objects.requireNonNull(year, "year");
    }

    /** The latest year with a value for {@code self}. */
    public static PeersSpec of(List<String> codes, String self, String seriesPrefix) {
        return new PeersSpec(codes, self, seriesPrefix, OptionalInt.empty());
    }

    /** The same comparison in {@code calendarYear}. */
    public PeersSpec withYear(int calendarYear) {
        return new PeersSpec(codes, self, seriesPrefix, OptionalInt.of(calendarYear));
    }
}
