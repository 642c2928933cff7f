package org.exportpulse.brief.compose;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.exportpulse.core.series.Observation;
import org.exportpulse.core.series.Series;
import org.exportpulse.core.series.SeriesId;
import org.exportpulse.core.time.FiscalYear;

/**
 * The parts of the total (computer, telecommunication, information services) in the latest fiscal
 * year that has them all, and each part's contribution to growth, in percentage points, over the
 * latest pair of consecutive fiscal years that has them all.
 */
final class CompositionSection {

    private final BriefData data;
    private final Series series;
    private final List<String> components;
    private final FiscalYear latest;

    CompositionSection(BriefData data, Series series, List<String> components, FiscalYear latest) {
        this.data = data;
        this.series = series;
        this.components =
                components.stream().filter(c -> data.series(c).isPresent()).toList();
        this.latest = latest;
    }

    BriefSection build() {
        if (components.isEmpty()) {
            return BriefSection.unavailable(
                    "composition",
                    "Composition",
                    "No series of the parts of " + series.id() + " is stored, so its composition cannot be shown.");
        }
        Optional<FiscalYear> year = latestWithAll(latest);
        if (year.isEmpty()) {
            return BriefSection.unavailable(
                    "composition",
                    "Composition",
                    "No fiscal year has values for all of " + String.join(", ", components) + ".");
        }
        List<List<Part>> paragraphs = new ArrayList<>();
        paragraphs.add(shares(year.get()));
        Optional<FiscalYear> pairEnd = latestPair(year.get());
        pairEnd.ifPresent(fy -> paragraphs.add(contributions(fy)));
        return new BriefSection("composition", "Composition", paragraphs, true);
    }

    private List<Part> shares(FiscalYear fy) {
        String totalId = SeriesId.fiscalYearCompanion(series.id());
        Optional<Observation> total = data.value(totalId, fy);
        Prose p = new Prose().words("In " + fy.label() + ", ");
        for (int i = 0; i < components.size(); i++) {
            String id = components.get(i);
            Observation o = data.value(id, fy).orElseThrow();
            p.words(i == 0 ? "" : i == components.size() - 1 ? " and " : ", ")
                    .words(data.wording().shortName(data.series(id).orElseThrow()) + (i == 0 ? " were " : " "))
                    .number(BriefData.amount("composition." + key(id) + ".value", id, o));
            if (total.isPresent()) {
                p.words(" (")
                        .number(BriefData.number(
                                "composition." + key(id) + ".share",
                                BriefData.share(o.value(), total.get().value()),
                                BriefNumber.Kind.SHARE_PCT,
                                BriefData.refs(id, o, totalId, total.get())))
                        .words(")");
            }
        }
        if (total.isPresent()) {
            p.words(", out of a total of ").number(BriefData.amount("composition.total", totalId, total.get()));
        }
        return p.words(".").build();
    }

    /** Each part's change over the year before, in points of the parts' combined total then. */
    private List<Part> contributions(FiscalYear fy) {
        FiscalYear before = new FiscalYear(fy.endYear() - 1, fy.firstMonth());
        BigDecimal base = BigDecimal.ZERO;
        List<TraceRef> baseRefs = new ArrayList<>();
        for (String id : components) {
            Observation o = data.value(id, before).orElseThrow();
            base = base.add(o.value());
            baseRefs.add(TraceRef.of(id, o));
        }
        Prose p = new Prose()
                .words("From " + before.label() + " to " + fy.label()
                        + ", the latest pair of fiscal years with every part, ");
        for (int i = 0; i < components.size(); i++) {
            String id = components.get(i);
            Observation now = data.value(id, fy).orElseThrow();
            Observation then = data.value(id, before).orElseThrow();
            BigDecimal points = BriefData.share(now.value().subtract(then.value()), base);
            p.words(i == 0 ? "" : i == components.size() - 1 ? " and " : ", ")
                    .words(data.wording().shortName(data.series(id).orElseThrow()) + " contributed ")
                    .number(BriefData.number(
                            "composition." + key(id) + ".points",
                            points,
                            BriefNumber.Kind.POINTS,
                            BriefData.concat(List.of(TraceRef.of(id, now)), baseRefs)));
        }
        return p.words(" to the growth of their combined total.").build();
    }

    private Optional<FiscalYear> latestWithAll(FiscalYear from) {
        for (FiscalYear fy = from;
                fy.endYear() > from.endYear() - 15;
                fy = new FiscalYear(fy.endYear() - 1, fy.firstMonth())) {
            if (hasAll(fy)) {
                return Optional.of(fy);
            }
        }
        return Optional.empty();
    }

    private Optional<FiscalYear> latestPair(FiscalYear from) {
        for (FiscalYear fy = from;
                fy.endYear() > from.endYear() - 15;
                fy = new FiscalYear(fy.endYear() - 1, fy.firstMonth())) {
            if (hasAll(fy) && hasAll(new FiscalYear(fy.endYear() - 1, fy.firstMonth()))) {
                return Optional.of(fy);
            }
        }
        return Optional.empty();
    }

    private boolean hasAll(FiscalYear fy) {
        return components.stream().allMatch(id -> data.value(id, fy).isPresent());
    }

    static String key(String seriesId) {
        String family = seriesId.endsWith(".fy") ? seriesId.substring(0, seriesId.length() - 3) : seriesId;
        return family.substring(family.lastIndexOf('.') + 1);
    }
}
