package org.exportpulse.brief.compose;

import java.math.BigDecimal;
import java.util.List;
import org.exportpulse.core.figures.Comparison;
import org.exportpulse.core.figures.HeadlineFigures;
import org.exportpulse.core.figures.RecordMark;
import org.exportpulse.core.series.Observation;
import org.exportpulse.core.time.CalendarMonth;

/** The month's value, its changes on the month and the year, and whether it is a record. */
final class HeadlineSection {

    private final BriefData data;
    private final HeadlineFigures f;
    private final String subject;

    HeadlineSection(BriefData data, HeadlineFigures f, String subject) {
        this.data = data;
        this.f = f;
        this.subject = subject;
    }

    BriefSection build() {
        String id = f.series().id();
        String month = Words.month(f.period());
        Observation now = f.observation();
        if (now == null) {
            return BriefSection.unavailable(
                    "headline", "Headline", "No value of " + id + " has been published for " + month + " yet.");
        }
        Prose p = new Prose().words(subject + " ");
        Comparison mom = f.previous();
        p.words(mom.pct() == null ? "were " : Words.verbTo(mom.pct()));
        boolean record = f.records().stream().anyMatch(r -> r.kind() == RecordMark.Kind.ALL_TIME_HIGH);
        p.words(record ? "a record " : "")
                .number(BriefData.amount("headline.value", id, now))
                .words(" in " + month);
        change(p, "headline.mom", mom, now, "from " + Words.monthName(mom.period()), ", ");
        change(
                p,
                "headline.yoy",
                f.yearAgo(),
                now,
                "on " + Words.month(f.yearAgo().period()),
                mom.pct() == null ? ", " : " and ");
        p.words(".");
        if (record) {
            RecordMark r = f.records().stream()
                    .filter(m -> m.kind() == RecordMark.Kind.ALL_TIME_HIGH)
                    .findFirst()
                    .orElseThrow();
            Observation before =
                    data.value(id, CalendarMonth.of(r.previousPeriod())).orElseThrow();
            p.words(" It is the highest value since the stored history begins in " + Words.month(r.since())
                            + "; the previous high was ")
                    .number(BriefData.amount("headline.previous_high", id, before))
                    .words(" in " + Words.month(r.previousPeriod()) + ".");
        }
        if (now.status().code().equals("provisional")) {
            p.words(" The figure is provisional.");
        }
        return new BriefSection("headline", "Headline", List.of(p.build()), true);
    }

    private void change(Prose p, String key, Comparison c, Observation now, String against, String joiner) {
        if (c.pct() == null) {
            return;
        }
        Observation base =
                data.value(f.series().id(), CalendarMonth.of(c.period())).orElseThrow();
        BigDecimal pct = c.pct();
        p.words(joiner + Words.upDown(pct))
                .number(BriefData.number(
                        key,
                        pct.abs(),
                        BriefNumber.Kind.CHANGE_PCT,
                        BriefData.refs(f.series().id(), now, f.series().id(), base)))
                .words(" " + against);
    }
}
