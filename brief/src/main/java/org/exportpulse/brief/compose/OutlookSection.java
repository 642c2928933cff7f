package org.exportpulse.brief.compose;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.exportpulse.core.figures.HeadlineFigures;
import org.exportpulse.core.forecast.PathSimulator;
import org.exportpulse.core.outlook.FiscalYearOutlook;
import org.exportpulse.core.outlook.OutlookKernel;
import org.exportpulse.core.outlook.OutlookSpec;
import org.exportpulse.core.series.SeriesId;
import org.exportpulse.core.time.FiscalYear;
import org.exportpulse.core.time.MonthSpan;
import org.exportpulse.export.OutlookWords;

/**
 * Where the fiscal year ends at this pace ({@link OutlookKernel}): only in the brief of the series'
 * latest month, since the projection uses every month up to the latest. When the brief is written
 * after the fiscal year has ended (its last months unpublished), it says so and estimates the
 * year's total rather than projecting a year still running.
 */
final class OutlookSection {

    private final BriefData data;
    private final HeadlineFigures f;
    private final PathSimulator simulator;
    private final YearMonth latest;
    private final java.time.LocalDate today;

    /** @param today the day the brief is written, from its freshness; {@code null} when unknown */
    OutlookSection(
            BriefData data, HeadlineFigures f, PathSimulator simulator, YearMonth latest, java.time.LocalDate today) {
        this.data = data;
        this.f = f;
        this.simulator = simulator;
        this.latest = latest;
        this.today = today;
    }

    BriefSection build() {
        if (!f.period().equals(latest)) {
            return BriefSection.unavailable(
                    "outlook",
                    "Outlook",
                    "The fiscal-year outlook is in the brief for the latest month, " + Words.month(latest)
                            + ": it projects from every month up to the latest.");
        }
        String id = f.series().id();
        FiscalYear fy = f.series().calendar().fiscalYearOf(latest);
        FiscalYearOutlook o;
        try {
            o = OutlookKernel.of(data.source(), simulator).compute(OutlookSpec.of(id, fy));
        } catch (IllegalArgumentException e) {
            return BriefSection.unavailable("outlook", "Outlook", "No fiscal-year outlook: " + e.getMessage() + ".");
        }
        if (o.remaining().isEmpty()) {
            return BriefSection.unavailable("outlook", "Outlook", fy.label() + " is complete: no outlook is needed.");
        }
        List<TraceRef> refs = data.monthRefs(id, MonthSpan.of(fy.first(), latest));
        int left = o.remaining().size();
        boolean ended = today != null && today.isAfter(fy.last().atEndOfMonth());
        Prose p = new Prose();
        if (ended) {
            p.words(fy.label() + " ended in " + Words.month(fy.last()) + ", but its last " + left
                    + (left == 1 ? " month is" : " months are") + " not yet published. ");
        }
        p.words("If "
                        + (ended
                                ? "they follow"
                                : "the remaining " + left + (left == 1 ? " month follows" : " months follow"))
                        + " the pattern of recent years (" + OutlookWords.model(o) + "), " + fy.label()
                        + (ended ? " would have totalled about " : " would end at about "))
                .number(BriefData.number("outlook.total", round(o.total().mean()), BriefNumber.Kind.USD_MILLION, refs))
                .words(", with an 80% chance of between ")
                .number(BriefData.number(
                        "outlook.lower80", round(o.total().lower80()), BriefNumber.Kind.USD_MILLION, refs))
                .words(" and ")
                .number(BriefData.number(
                        "outlook.upper80", round(o.total().upper80()), BriefNumber.Kind.USD_MILLION, refs))
                .words(" (" + String.format(Locale.ROOT, "%,d", o.paths())
                        + " simulated paths of the remaining months).");
        o.lastYear().ifPresent(g -> lastYear(p, g, refs, id, fy));
        return new BriefSection("outlook", "Outlook", List.of(p.build()), true);
    }

    private void lastYear(Prose p, FiscalYearOutlook.Goal g, List<TraceRef> refs, String id, FiscalYear fy) {
        FiscalYear previous = new FiscalYear(fy.endYear() - 1, fy.firstMonth());
        List<TraceRef> lastRefs = data.value(SeriesId.fiscalYearCompanion(id), previous)
                .map(obs -> List.of(TraceRef.of(SeriesId.fiscalYearCompanion(id), obs)))
                .orElse(data.monthRefs(id, MonthSpan.of(previous.first(), previous.last())));
        BigDecimal change = round(g.projectedChange());
        p.words(" That would be ")
                .number(BriefData.number(
                        "outlook.change", change.abs(), BriefNumber.Kind.CHANGE_PCT, BriefData.concat(refs, lastRefs)))
                .words(Words.moreLess(change) + g.name() + "'s total of ")
                .number(BriefData.number(
                        "outlook.last_total", BigDecimal.valueOf(g.value()), BriefNumber.Kind.USD_MILLION, lastRefs))
                .words("; ")
                .number(BriefData.number(
                        "outlook.probability",
                        round(g.probability()),
                        BriefNumber.Kind.SHARE_PCT,
                        BriefData.concat(refs, lastRefs)))
                .words(" of the simulated years end above it.");
    }

    private static BigDecimal round(double v) {
        return BigDecimal.valueOf(v).setScale(1, java.math.RoundingMode.HALF_EVEN);
    }
}
