package org.exportpulse.brief.compose;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.exportpulse.core.adjust.Adjustment;
import org.exportpulse.core.adjust.AdjustmentKernel;
import org.exportpulse.core.adjust.AdjustmentSpec;
import org.exportpulse.core.adjust.SeasonalAdjuster;
import org.exportpulse.core.figures.HeadlineFigures;
import org.exportpulse.core.series.NotFoundException;
import org.exportpulse.core.time.MonthSpan;

/**
 * The seasonally adjusted picture for the trend section: the month's adjusted value and its change
 * on the month before (X-13, preset {@code RSA3}, over the series' longest run of months); one line
 * saying why when the series cannot be adjusted.
 */
final class SeasonallyAdjustedParagraph {

    static final AdjustmentSpec SPEC = AdjustmentSpec.defaultFor(AdjustmentSpec.Method.X13);

    private final BriefData data;
    private final HeadlineFigures f;
    private final SeasonalAdjuster adjuster;

    SeasonallyAdjustedParagraph(BriefData data, HeadlineFigures f, SeasonalAdjuster adjuster) {
        this.data = data;
        this.f = f;
        this.adjuster = adjuster;
    }

    List<Part> build() {
        if (adjuster == null) {
            return List.of(new Part.Words(TrendSection.SEASONAL_ADJUSTMENT_MISSING));
        }
        Adjustment a;
        try {
            a = AdjustmentKernel.of(data.source(), adjuster).compute(f.series().id(), SPEC);
        } catch (IllegalArgumentException | NotFoundException e) {
            return List.of(new Part.Words("No seasonally adjusted figures: " + e.getMessage() + "."));
        }
        YearMonth month = f.period();
        int i = (int) a.first().until(month, java.time.temporal.ChronoUnit.MONTHS);
        if (i < 1 || i >= a.original().length) {
            return List.of(new Part.Words("No seasonally adjusted figure for " + Words.month(month)
                    + ": the adjusted span runs from " + a.first() + " to " + a.last() + "."));
        }
        List<TraceRef> refs = data.monthRefs(f.series().id(), MonthSpan.of(a.first(), a.last()));
        BigDecimal now =
                BigDecimal.valueOf(a.decomposition().seasonallyAdjusted()[i]).setScale(1, RoundingMode.HALF_UP);
        BigDecimal before = BigDecimal.valueOf(a.decomposition().seasonallyAdjusted()[i - 1]);
        BigDecimal change =
                BriefData.change(BigDecimal.valueOf(a.decomposition().seasonallyAdjusted()[i]), before);
        return new Prose()
                .words("Seasonally adjusted (X-13, " + SPEC.preset() + ", " + a.original().length
                        + " consecutive months from " + Words.month(a.first()) + "), exports were ")
                .number(BriefData.number("sa.value", now, BriefNumber.Kind.USD_MILLION, refs))
                .words(" in " + Words.month(month) + ", " + Words.upDown(change))
                .number(BriefData.number("sa.mom", change.abs(), BriefNumber.Kind.CHANGE_PCT, new ArrayList<>(refs)))
                .words(" on " + Words.monthName(month.minusMonths(1))
                        + " once the usual seasonal pattern is taken out.")
                .build();
    }
}
