package org.exportpulse.core.brief;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.exportpulse.core.series.Observation;
import org.exportpulse.core.series.Series;
import org.exportpulse.core.time.CalendarYear;

/**
 * ICT service exports of the compared economies (World Bank) in the latest year with a value for
 * the series' own economy: value, growth on the year before, rank among the peers and among all
 * economies with data (aggregates such as World or regions never ranked).
 */
final class PeersSection {

    /** One economy's value in the year compared. */
    record Peer(String code, Series series, Observation value, Observation yearBefore) {}

    private final BriefData data;
    private final BriefSpec spec;
    private final List<Series> all;

    PeersSection(BriefData data, BriefSpec spec, List<Series> all) {
        this.data = data;
        this.spec = spec;
        this.all = all;
    }

    /** The peers with a value in {@code year}, largest first. */
    List<Peer> peers(CalendarYear year) {
        List<Peer> peers = new ArrayList<>();
        for (String code : spec.peers()) {
            String id = id(code);
            Optional<Series> s = data.series(id);
            Optional<Observation> v = data.value(id, year);
            if (s.isPresent() && v.isPresent()) {
                peers.add(new Peer(
                        code,
                        s.get(),
                        v.get(),
                        data.value(id, CalendarYear.of(year.first().getYear() - 1))
                                .orElse(null)));
            }
        }
        peers.sort(Comparator.comparing((Peer p) -> p.value().value()).reversed());
        return peers;
    }

    Optional<CalendarYear> year() {
        if (spec.peers().isEmpty()) {
            return Optional.empty();
        }
        List<Observation> own = data.all(id(spec.self()));
        return own.isEmpty()
                ? Optional.empty()
                : Optional.of(
                        CalendarYear.of(own.get(own.size() - 1).period().first().getYear()));
    }

    BriefSection build() {
        Optional<CalendarYear> year = year();
        if (spec.peers().isEmpty()) {
            return BriefSection.unavailable("peers", "Peers", "No peer economies are set for " + spec.seriesId() + ".");
        }
        if (year.isEmpty()) {
            return BriefSection.unavailable(
                    "peers",
                    "Peers",
                    "No World Bank data on ICT service exports of " + spec.self()
                            + " is stored, so peers cannot be compared.");
        }
        List<Peer> peers = peers(year.get());
        Peer self = peers.stream()
                .filter(p -> p.code().equals(spec.self()))
                .findFirst()
                .orElseThrow();
        String y = String.valueOf(year.get().first().getYear());
        Prose p = new Prose()
                .words("In " + y + ", " + Names.economy(self.series()) + "'s ICT service exports were ")
                .number(usd("peers.self.value", self.series().id(), self.value()))
                .words(" (World Bank)");
        if (self.yearBefore() != null) {
            BigDecimal growth =
                    BriefData.change(self.value().value(), self.yearBefore().value());
            p.words(", " + Words.upDown(growth))
                    .number(BriefData.number(
                            "peers.self.growth",
                            growth.abs(),
                            BriefNumber.Kind.CHANGE_PCT,
                            BriefData.refs(
                                    self.series().id(),
                                    self.value(),
                                    self.series().id(),
                                    self.yearBefore())))
                    .words(" on " + (year.get().first().getYear() - 1));
        }
        List<TraceRef> peerRefs =
                peers.stream().map(q -> TraceRef.of(q.series().id(), q.value())).toList();
        p.words(". That ranks ")
                .number(BriefData.number(
                        "peers.rank", BigDecimal.valueOf(peers.indexOf(self) + 1L), BriefNumber.Kind.RANK, peerRefs))
                .words(" of the " + peers.size() + " economies compared; "
                        + Names.economy(peers.get(0).series()) + " leads with ")
                .number(usd(
                        "peers.leader.value",
                        peers.get(0).series().id(),
                        peers.get(0).value()))
                .words(".");
        worldRank(p, year.get(), self);
        return new BriefSection("peers", "Peers", List.of(p.build()), true);
    }

    private void worldRank(Prose p, CalendarYear year, Peer self) {
        List<Observation> values = new ArrayList<>();
        List<TraceRef> refs = new ArrayList<>();
        for (Series s : all) {
            if (s.id().startsWith(spec.peerSeriesPrefix()) && !s.definition().contains("aggregate")) {
                data.value(s.id(), year).ifPresent(o -> {
                    values.add(o);
                    refs.add(TraceRef.of(s.id(), o));
                });
            }
        }
        long above = values.stream()
                .filter(o -> o.value().compareTo(self.value().value()) > 0)
                .count();
        p.words(" Among all " + values.size() + " economies with World Bank data for "
                        + year.first().getYear() + " it ranks ")
                .number(BriefData.number(
                        "peers.world_rank", BigDecimal.valueOf(above + 1), BriefNumber.Kind.RANK, refs))
                .words(".");
    }

    private String id(String code) {
        return spec.peerSeriesPrefix() + code.toLowerCase(Locale.ROOT);
    }

    private static BriefNumber usd(String key, String id, Observation o) {
        return BriefData.number(key, o.value(), BriefNumber.Kind.USD, List.of(TraceRef.of(id, o)));
    }
}
