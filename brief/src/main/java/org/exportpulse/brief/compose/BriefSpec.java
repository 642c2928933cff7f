package org.exportpulse.brief.compose;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * What a brief covers: the monthly series and month, and the series its sections compare with.
 *
 * @param month the month reported on; {@code null} for the latest month with a value
 * @param components fiscal-year series of the parts of the total, for the composition section; may
 *     be empty
 * @param categories fiscal-year series of other export categories, for the ranking; may be empty
 * @param peers World Bank economy codes compared in the peers section, {@code self} among them
 * @param self the economy of the series (a World Bank code)
 * @param peerSeriesPrefix id prefix of the World Bank series, one per economy
 * @param definitionNote one sentence on what the series is and is not; may be empty
 * @param subject how sentences name the series; blank for its title
 * @param rankingNote what the reader must know about the categories ranked; may be empty
 * @param wording how sentences name the economy, the series, other series and denominators
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
        String rankingNote,
        Wording wording) {

    public BriefSpec {
        Objects.requireNonNull(seriesId, "seriesId");
        components = List.copyOf(components);
        categories = List.copyOf(categories);
        peers = List.copyOf(peers);
        definitionNote = definitionNote == null ? "" : definitionNote;
        subject = subject == null ? "" : subject;
        rankingNote = rankingNote == null ? "" : rankingNote;
        wording = wording == null ? Wording.PLAIN : wording;
        if (!peers.isEmpty() && !peers.contains(self)) {
            throw new IllegalArgumentException("the peers " + peers + " must include the series' own economy " + self);
        }
    }

    /** The spec of a brief of {@code seriesId} alone: no parts, categories or peers, plain wording. */
    public static BriefSpec alone(String seriesId, YearMonth month) {
        return new BriefSpec(seriesId, month, List.of(), List.of(), List.of(), "", "", "", "", "", Wording.PLAIN);
    }

    /** The same spec for another month; {@code null} for the latest month with a value. */
    public BriefSpec withMonth(YearMonth other) {
        return new BriefSpec(
                seriesId,
                other,
                components,
                categories,
                peers,
                self,
                peerSeriesPrefix,
                definitionNote,
                subject,
                rankingNote,
                wording);
    }
}
