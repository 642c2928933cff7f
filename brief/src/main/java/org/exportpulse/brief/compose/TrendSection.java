package org.exportpulse.brief.compose;

import java.util.ArrayList;
import java.util.List;
import org.exportpulse.core.adjust.SeasonalAdjuster;
import org.exportpulse.core.figures.HeadlineFigures;
import org.exportpulse.core.figures.RollingTwelveMonths;
import org.exportpulse.core.figures.Streak;
import org.exportpulse.core.time.CalendarMonth;

/** The rolling twelve-month total and its growth, the year-on-year streak; seasonal adjustment when it exists. */
final class TrendSection {

    static final String SEASONAL_ADJUSTMENT_MISSING =
            "Seasonally adjusted figures are not available: no seasonal-adjustment engine was given.";

    private final BriefData data;
    private final HeadlineFigures f;
    private final SeasonalAdjuster adjuster;

    /** @param adjuster the seasonal-adjustment engine; {@code null} when there is none */
    TrendSection(BriefData data, HeadlineFigures f, SeasonalAdjuster adjuster) {
        this.data = data;
        this.f = f;
        this.adjuster = adjuster;
    }

    BriefSection build() {
        List<List<Part>> paragraphs = new ArrayList<>();
        RollingTwelveMonths r12 = f.r12();
        String id = f.series().id();
        Prose p = new Prose();
        if (r12.value() != null && r12.pct() != null) {
            List<TraceRef> now = data.monthRefs(id, r12.span());
            List<TraceRef> both =
                    BriefData.concat(now, data.monthRefs(id, r12.span().shift(-12)));
            p.words("Over the twelve months to " + Words.month(f.period()) + ", exports were ")
                    .number(BriefData.number("r12.value", r12.value(), BriefNumber.Kind.USD_MILLION, now))
                    .words(", ")
                    .number(BriefData.number("r12.pct", r12.pct().abs(), BriefNumber.Kind.CHANGE_PCT, both))
                    .words(Words.moreLess(r12.pct()) + "in the twelve months before.");
        } else {
            p.words("The rolling twelve-month total cannot be computed: missing " + String.join(", ", r12.missing())
                    + ".");
        }
        streak(p, id);
        paragraphs.add(p.build());
        paragraphs.add(new SeasonallyAdjustedParagraph(data, f, adjuster).build());
        return new BriefSection("trend", "Trend", paragraphs, true);
    }

    private void streak(Prose p, String id) {
        for (Streak s : f.streaks()) {
            if (s.months() < 2) {
                continue;
            }
            List<TraceRef> refs = new ArrayList<>();
            for (java.time.YearMonth m = s.since(); !m.isAfter(f.period()); m = m.plusMonths(1)) {
                data.value(id, CalendarMonth.of(m)).ifPresent(o -> refs.add(TraceRef.of(id, o)));
                data.value(id, CalendarMonth.of(m.minusYears(1))).ifPresent(o -> refs.add(TraceRef.of(id, o)));
            }
            p.words(" Exports have been " + (s.kind() == Streak.Kind.YOY_GROWTH ? "above" : "below")
                            + " the same month a year earlier for ")
                    .number(BriefData.number(
                            "streak.months", java.math.BigDecimal.valueOf(s.months()), BriefNumber.Kind.COUNT, refs))
                    .words(" consecutive months, since " + Words.month(s.since()) + ".");
        }
    }
}
