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
 * year that has them all, and each part's contribution to growth, in percentage points, from the
 * latest earlier fiscal year that has them all (the year before, or an earlier one when a year lacks
 * a part, which the sentence says), so a brief never compares an old pair of years when a newer year
 * has the breakdown.
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
        FiscalYear yearBefore =
                new FiscalYear(year.get().endYear() - 1, year.get().firstMonth());
        latestWithAll(yearBefore).ifPresent(before -> paragraphs.add(contributions(before, year.get())));
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

    /** Each part's change from {@code before} to {@code fy}, in points of the parts' combined total then. */
    private List<Part> contributions(FiscalYear before, FiscalYear fy) {
        BigDecimal base = BigDecimal.ZERO;
        List<TraceRef> baseRefs = new ArrayList<>();
        for (String id : components) {
            Observation o = data.value(id, before).orElseThrow();
            base = base.add(o.value());
            baseRefs.add(TraceRef.of(id, o));
        }
        Prose p = new Prose().words("From " + before.label() + " to " + fy.label() + gap(before, fy) + ", ");
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

    /** {@code  (no breakdown is stored for FY24)} when years lie between; empty for consecutive years. */
    private static String gap(FiscalYear before, FiscalYear fy) {
        int between = fy.endYear() - before.endYear() - 1;
        if (between == 0) {
            return "";
        }
        FiscalYear first = new FiscalYear(before.endYear() + 1, fy.firstMonth());
        FiscalYear last = new FiscalYear(fy.endYear() - 1, fy.firstMonth());
        return " (no breakdown is stored for " + (between == 1 ? first.label() : first.label() + " to " + last.label())
                + ")";
    }

    private boolean hasAll(FiscalYear fy) {
        return components.stream().allMatch(id -> data.value(id, fy).isPresent());
    }

    static String key(String seriesId) {
        String family = seriesId.endsWith(".fy") ? seriesId.substring(0, seriesId.length() - 3) : seriesId;
        return family.substring(family.lastIndexOf('.') + 1);
    }
}
