package org.exportpulse.brief.compose;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * What a brief covers: the monthly series and month, and the series its sections compare with.
 *
 * @param month the month reported on; {@code null} for the latest month with a value
 * @param components fiscal-year series of the parts of the total ({@code pk.ict.computer.fy} …), for
 *     the composition section; may be empty
 * @param categories fiscal-year series of other export categories, for the ranking; may be empty
 * @param peers World Bank economy codes compared in the peers section, {@code self} among them
 * @param self the economy of the series ({@code PAK})
 * @param peerSeriesPrefix id prefix of the World Bank series ({@code wdi.ict_exports.})
 * @param definitionNote one sentence on what the series is and is not; may be empty
 * @param subject how sentences name the series ({@code Pakistan's IT exports}); blank for its title
 * @param rankingNote what the reader must know about the categories ranked; may be empty
 */
public record BriefSpec(
        String seriesId,
        YearMonth month,
        List<String> components,
        List<String> categories,
        List<String> peers,
        String self,
        String peerSeriesPrefix,
        String definitionNote,
        String subject,
        String rankingNote) {

    public BriefSpec {
        Objects.requireNonNull(seriesId, "seriesId");
        components = List.copyOf(components);
        categories = List.copyOf(categories);
        peers = List.copyOf(peers);
        definitionNote = definitionNote == null ? "" : definitionNote;
        subject = subject == null ? "" : subject;
        rankingNote = rankingNote == null ? "" : rankingNote;
        if (!peers.isEmpty() && !peers.contains(self)) {
            throw new IllegalArgumentException("the peers " + peers + " must include the series' own economy " + self);
        }
    }

    /**
     * The spec for {@code seriesId}: the Pakistan ICT preset for {@code pk.ict.exports}, otherwise the
     * series alone (no parts, categories or peers, which would belong to another series).
     */
    public static BriefSpec forSeries(String seriesId, YearMonth month) {
        if (seriesId.equals(PAKISTAN_ICT)) {
            return pakistanIct(seriesId, month);
        }
        return new BriefSpec(seriesId, month, List.of(), List.of(), List.of(), "", "", "", "", "");
    }

    /** The series {@link #pakistanIct} is made for. */
    public static final String PAKISTAN_ICT = "pk.ict.exports";

    /** The preset for Pakistan's ICT exports and the series that travel with them in the bundled data. */
    public static BriefSpec pakistanIct(String seriesId, YearMonth month) {
        return new BriefSpec(
                seriesId,
                month,
                List.of("pk.ict.computer.fy", "pk.ict.telecom.fy", "pk.ict.information.fy"),
                List.of(
                        "pk.pbs.textiles.exports.fy",
                        "pk.pbs.food.exports.fy",
                        "pk.pbs.other_manufactures.exports.fy",
                        "pk.pbs.rice.exports.fy",
                        "pk.pbs.leather.exports.fy"),
                List.of("PAK", "IND", "BGD", "PHL", "LKA", "EGY", "MAR", "KEN", "IDN", "UKR"),
                "PAK",
                "wdi.ict_exports.",
                "This is the State Bank of Pakistan's balance-of-payments item Telecommunication, computer and"
                        + " information services (export receipts), not the narrower IT & ITeS figure of the"
                        + " Pakistan Software Export Board.",
                "Pakistan's IT & telecom services exports",
                "categories as the PBS publishes them; rice is part of the food group");
    }
}
