package org.exportpulse.brief.compose;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.exportpulse.core.peers.PeerComparison;
import org.exportpulse.core.peers.PeersKernel;
import org.exportpulse.core.peers.PeersSpec;
import org.exportpulse.core.series.Observation;
import org.exportpulse.core.series.Series;
import org.exportpulse.core.time.CalendarYear;

/**
 * ICT service exports of the compared economies (World Bank) in the latest year with a value for
 * the series' own economy, as {@link PeersKernel} compares them: value, growth on the year before,
 * rank among the peers and among all economies with data (aggregates never ranked).
 */
final class PeersSection {

    private final BriefData data;
    private final BriefSpec spec;
    private final List<Series> all;
    private Optional<PeerComparison> comparison;

    PeersSection(BriefData data, BriefSpec spec, List<Series> all) {
        this.data = data;
        this.spec = spec;
        this.all = all;
    }

    /** The comparison in the latest year of the own economy; empty without peers or own data. */
    Optional<PeerComparison> comparison() {
        if (comparison == null) {
            comparison = Optional.empty();
            if (!spec.peers().isEmpty() && !data.all(id(spec.self())).isEmpty()) {
                try {
                    comparison = Optional.of(PeersKernel.of(data.source(), all)
                            .compute(PeersSpec.of(spec.peers(), spec.self(), spec.peerSeriesPrefix())));
                } catch (IllegalArgumentException e) {
                    comparison = Optional.empty();
                }
            }
        }
        return comparison;
    }

    BriefSection build() {
        if (spec.peers().isEmpty()) {
            return BriefSection.unavailable("peers", "Peers", "No peer economies are set for " + spec.seriesId() + ".");
        }
        if (comparison().isEmpty()) {
            return BriefSection.unavailable(
                    "peers",
                    "Peers",
                    "No World Bank data on ICT service exports of " + spec.self()
                            + " is stored, so peers cannot be compared.");
        }
        PeerComparison c = comparison().get();
        CalendarYear year = CalendarYear.of(c.year());
        PeerComparison.Row self = c.rows().stream()
                .filter(PeerComparison.Row::highlighted)
                .findFirst()
                .orElseThrow();
        Observation value = stored(self.seriesId(), year);
        Prose p = new Prose()
                .words("In " + c.year() + ", " + self.name() + "'s ICT service exports were ")
                .number(usd("peers.self.value", self.seriesId(), value))
                .words(" (World Bank)");
        Optional<Observation> before = data.value(self.seriesId(), CalendarYear.of(c.year() - 1));
        if (before.isPresent()) {
            BigDecimal growth = BriefData.change(value.value(), before.get().value());
            p.words(", " + Words.upDown(growth))
                    .number(BriefData.number(
                            "peers.self.growth",
                            growth.abs(),
                            BriefNumber.Kind.CHANGE_PCT,
                            BriefData.refs(self.seriesId(), value, self.seriesId(), before.get())))
                    .words(" on " + (c.year() - 1));
        }
        List<TraceRef> peerRefs = c.rows().stream()
                .map(r -> TraceRef.of(r.seriesId(), stored(r.seriesId(), year)))
                .toList();
        PeerComparison.Row leader = c.rows().get(0);
        p.words(". That ranks ")
                .number(BriefData.number(
                        "peers.rank", BigDecimal.valueOf(self.peerRank()), BriefNumber.Kind.RANK, peerRefs))
                .words(" of the " + c.rows().size() + " economies compared; " + leader.name() + " leads with ")
                .number(usd("peers.leader.value", leader.seriesId(), stored(leader.seriesId(), year)))
                .words(".");
        List<TraceRef> worldRefs = new ArrayList<>();
        c.rankedSeries().forEach(id -> worldRefs.add(TraceRef.of(id, stored(id, year))));
        p.words(" Among all " + c.economiesRanked() + " economies with World Bank data for " + c.year() + " it ranks ")
                .number(BriefData.number(
                        "peers.world_rank", BigDecimal.valueOf(self.worldRank()), BriefNumber.Kind.RANK, worldRefs))
                .words(".");
        return new BriefSection("peers", "Peers", List.of(p.build()), true);
    }

    private Observation stored(String id, CalendarYear year) {
        return data.value(id, year).orElseThrow();
    }

    private String id(String code) {
        return spec.peerSeriesPrefix() + code.toLowerCase(Locale.ROOT);
    }

    private static BriefNumber usd(String key, String id, Observation o) {
        return BriefData.number(key, o.value(), BriefNumber.Kind.USD, List.of(TraceRef.of(id, o)));
    }
}
