package org.exportpulse.brief.compose;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.exportpulse.core.figures.FiscalYearToDate;
import org.exportpulse.core.figures.HeadlineFigures;
import org.exportpulse.core.series.Observation;
import org.exportpulse.core.series.SeriesId;
import org.exportpulse.core.time.CalendarMonth;
import org.exportpulse.core.time.FiscalYear;
import org.exportpulse.core.time.MonthSpan;

/**
 * The fiscal year so far against the same months a year earlier, and the pace the remaining months
 * need to match last fiscal year's total.
 */
final class FiscalYearSection {

    private final BriefData data;
    private final HeadlineFigures f;

    FiscalYearSection(BriefData data, HeadlineFigures f) {
        this.data = data;
        this.f = f;
    }

    BriefSection build() {
        FiscalYearToDate fytd = f.fytd();
        String id = f.series().id();
        if (fytd.value() == null || fytd.yearAgoValue() == null) {
            return BriefSection.unavailable(
                    "fiscal-year",
                    "Fiscal year so far",
                    "The fiscal year to date cannot be" + " compared: missing " + String.join(", ", fytd.missing())
                            + ".");
        }
        FiscalYear fy = fytd.fiscalYear();
        FiscalYear lastFy = new FiscalYear(fy.endYear() - 1, fy.firstMonth());
        List<TraceRef> nowRefs = data.monthRefs(id, fytd.span());
        List<TraceRef> thenRefs = data.monthRefs(id, fytd.yearAgoSpan());
        Prose p = new Prose()
                .words("In " + span(fytd.span()) + " " + fy.label() + ", exports totalled ")
                .number(BriefData.number("fytd.value", fytd.value(), BriefNumber.Kind.USD_MILLION, nowRefs))
                .words(", ")
                .number(BriefData.number(
                        "fytd.pct", fytd.pct().abs(), BriefNumber.Kind.CHANGE_PCT, BriefData.concat(nowRefs, thenRefs)))
                .words(Words.moreLess(fytd.pct()) + "in the same months of " + lastFy.label() + " (")
                .number(BriefData.number("fytd.year_ago", fytd.yearAgoValue(), BriefNumber.Kind.USD_MILLION, thenRefs))
                .words(").");
        pace(p, fytd, lastFy);
        return new BriefSection("fiscal-year", "Fiscal year so far", List.of(p.build()), true);
    }

    /** The remaining months' total, monthly average and growth needed to match last year's total. */
    private void pace(Prose p, FiscalYearToDate fytd, FiscalYear lastFy) {
        String id = f.series().id();
        Optional<Observation> lastTotal = data.value(SeriesId.fiscalYearCompanion(id), lastFy);
        YearMonth end = fytd.fiscalYear().last();
        int remaining = (int) fytd.span().last().until(end, java.time.temporal.ChronoUnit.MONTHS);
        if (lastTotal.isEmpty() || remaining <= 0) {
            p.words(lastTotal.isEmpty() ? " " + lastFy.label() + " has no published total to pace against." : "");
            return;
        }
        TraceRef totalRef = TraceRef.of(SeriesId.fiscalYearCompanion(id), lastTotal.get());
        BigDecimal needed = lastTotal.get().value().subtract(fytd.value());
        p.words(" To match " + lastFy.label() + "'s total of ")
                .number(BriefData.amount("pace.last_total", SeriesId.fiscalYearCompanion(id), lastTotal.get()));
        if (needed.signum() <= 0) {
            p.words(", nothing more is needed: the year so far has already passed it.");
            return;
        }
        List<TraceRef> refs = BriefData.concat(List.of(totalRef), data.monthRefs(id, fytd.span()));
        BigDecimal average = needed.divide(BigDecimal.valueOf(remaining), MathContext.DECIMAL64);
        p.words(", the remaining " + remaining + " months need ")
                .number(BriefData.number("pace.needed", needed, BriefNumber.Kind.USD_MILLION, refs))
                .words(", an average of ")
                .number(BriefData.number("pace.monthly", average, BriefNumber.Kind.USD_MILLION, refs));
        MonthSpan rest = MonthSpan.of(fytd.span().last().plusMonths(1).minusYears(1), end.minusYears(1));
        Optional<BigDecimal> sameMonths = sum(id, rest);
        if (sameMonths.isPresent()) {
            BigDecimal growth = BriefData.change(needed, sameMonths.get());
            p.words(" a month, ")
                    .number(BriefData.number(
                            "pace.growth",
                            growth.abs(),
                            BriefNumber.Kind.CHANGE_PCT,
                            BriefData.concat(refs, data.monthRefs(id, rest))))
                    .words(Words.moreLess(growth) + "in the same months of " + lastFy.label() + ".");
        } else {
            p.words(" a month.");
        }
    }

    private Optional<BigDecimal> sum(String id, MonthSpan span) {
        BigDecimal total = BigDecimal.ZERO;
        for (YearMonth m : span.months()) {
            Optional<Observation> o = data.value(id, CalendarMonth.of(m));
            if (o.isEmpty()) {
                return Optional.empty();
            }
            total = total.add(o.get().value());
        }
        return Optional.of(total);
    }

    static String span(MonthSpan s) {
        return s.first().equals(s.last())
                ? Words.monthName(s.first())
                : Words.monthName(s.first()) + "–" + Words.monthName(s.last());
    }
}
