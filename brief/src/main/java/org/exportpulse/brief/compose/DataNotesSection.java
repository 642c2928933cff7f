package org.exportpulse.brief.compose;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.exportpulse.core.figures.HeadlineFigures;
import org.exportpulse.core.figures.InputRef;
import org.exportpulse.core.release.Freshness;
import org.exportpulse.core.series.Observation;
import org.exportpulse.core.series.VintageSource;
import org.exportpulse.core.time.CalendarMonth;
import org.exportpulse.export.ReleaseWords;

/** Revisions of recent months, derived values used, gaps and the definition of the series. */
final class DataNotesSection {

    static final int REVISION_WINDOW_MONTHS = 24;

    private static final Map<String, String> RULES = Map.of(
            "fytd_difference",
                    "the publisher's fiscal-year-to-date total through the month minus that through the month before",
            "fiscal_year_remainder", "the publisher's fiscal-year total minus the other eleven months");

    private final BriefData data;
    private final VintageSource vintages;
    private final HeadlineFigures f;
    private final BriefSpec spec;
    private final Optional<Freshness> freshness;

    DataNotesSection(
            BriefData data, VintageSource vintages, HeadlineFigures f, BriefSpec spec, Optional<Freshness> freshness) {
        this.freshness = freshness;
        this.data = data;
        this.vintages = vintages;
        this.f = f;
        this.spec = spec;
    }

    /** Months of the window whose value was revised after its first release, each with its first and current vintage. */
    List<Observation[]> revisions() {
        List<Observation[]> revised = new ArrayList<>();
        String id = f.series().id();
        for (int back = REVISION_WINDOW_MONTHS - 1; back >= 0; back--) {
            YearMonth m = f.period().minusMonths(back);
            List<Observation> all = vintages.vintages(id, CalendarMonth.of(m));
            if (all.size() > 1
                    && all.get(0).value().compareTo(all.get(all.size() - 1).value()) != 0) {
                revised.add(new Observation[] {all.get(0), all.get(all.size() - 1)});
            }
        }
        return revised;
    }

    BriefSection build() {
        List<List<Part>> paragraphs = new ArrayList<>();
        freshness.ifPresent(r -> paragraphs.add(List.of(new Part.Words("Freshness on " + r.today() + ": "
                + ReleaseWords.summary(r) + "." + (r.behind() ? " Behind: " + ReleaseWords.overdue(r) + "." : "")))));
        paragraphs.add(revisionsParagraph());
        List<Part> derived = derivedParagraph();
        if (!derived.isEmpty()) {
            paragraphs.add(derived);
        }
        if (!f.missing().isEmpty()) {
            paragraphs.add(List.of(new Part.Words("Missing from the data, so not used: "
                    + String.join(
                            "; ", f.missing().stream().map(this::missingInWords).toList()) + ".")));
        }
        String definition = "Definition: " + f.series().title() + " ("
                + f.series().id() + "), " + f.series().unit() + "; "
                + f.series().definition() + "." + (spec.definitionNote().isEmpty() ? "" : " " + spec.definitionNote());
        paragraphs.add(List.of(new Part.Words(definition)));
        return new BriefSection("data-notes", "Data notes", paragraphs, true);
    }

    /**
     * {@code pk.pbs.services.exports 2026-02} as {@code exports of services (PBS) for February 2026};
     * a month of the series itself as {@code May 2025}.
     */
    private String missingInWords(String missing) {
        String[] parts = missing.split(" ", 2);
        String period = parts[parts.length - 1];
        String when = period.matches("\\d{4}-\\d{2}") ? Words.month(java.time.YearMonth.parse(period)) : period;
        if (parts.length == 1) {
            return when;
        }
        String name = data.series(parts[0]).map(data.wording()::title).orElse(parts[0]);
        return name + " for " + when;
    }

    private List<Part> revisionsParagraph() {
        List<Observation[]> revised = revisions();
        String id = f.series().id();
        if (revised.isEmpty()) {
            return List.of(
                    new Part.Words("No value of the last " + REVISION_WINDOW_MONTHS + " months has been revised."));
        }
        Prose p = new Prose().words("Revised in the last " + REVISION_WINDOW_MONTHS + " months: ");
        for (int i = 0; i < revised.size(); i++) {
            Observation first = revised.get(i)[0];
            Observation now = revised.get(i)[1];
            p.words((i == 0 ? "" : "; ") + Words.month(first.period().first()) + " from ")
                    .number(BriefData.amount("revision." + first.period().code() + ".first", id, first))
                    .words(" to ")
                    .number(BriefData.amount("revision." + first.period().code() + ".current", id, now));
        }
        return p.words(".").build();
    }

    private List<Part> derivedParagraph() {
        Prose p = new Prose();
        for (InputRef r : f.inputs()) {
            if (r.derivation() == null) {
                continue;
            }
            Observation o = data.value(r.seriesId(), r.period()).orElseThrow();
            p.words(p.isEmpty() ? "Derived, not published: " : "; ")
                    .words(Words.month(r.period().first()) + " (")
                    .number(BriefData.amount("derived." + r.period().code(), r.seriesId(), o))
                    .words(", "
                            + RULES.getOrDefault(
                                    r.derivation().rule().code(),
                                    r.derivation().rule().code()) + ")");
        }
        return p.isEmpty()
                ? List.of()
                : p.words(". Derived months are computed from the publisher's own totals, never interpolated.")
                        .build();
    }
}
