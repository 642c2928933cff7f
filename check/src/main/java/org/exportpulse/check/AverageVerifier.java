package org.exportpulse.check;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.exportpulse.core.series.Observation;
import org.exportpulse.core.time.CalendarMonth;
import org.exportpulse.core.time.FiscalCalendar;
import org.exportpulse.core.time.MonthSpan;

/**
 * Checks a monthly average over a span ({@link ClaimKind#AVERAGE}): the mean of the stored months of
 * the span the text names — the months before the month it is about, or through that month, since
 * "the last 12 months" is written for both — at the precision the text used. Unverifiable when a
 * month of both spans is missing: an average is never taken over fewer months than stated.
 */
final class AverageVerifier {

    private final Facts facts;
    private final FiscalCalendar calendar;

    AverageVerifier(Facts facts, FiscalCalendar calendar) {
        this.facts = facts;
        this.calendar = calendar;
    }

    /** A span's average and the stored values it is the mean of. */
    private record Mean(MonthSpan span, BigDecimal value, List<Observation> inputs) {}

    CheckedClaim verify(Verification v) {
        Claim c = v.claim();
        MonthSpan before = (MonthSpan) c.period();
        Mean best = null;
        Tolerance.Outcome bestOutcome = Tolerance.Outcome.MISS;
        for (MonthSpan span : List.of(before, before.shift(1))) {
            Mean mean = mean(c.family(), span);
            if (mean == null) {
                continue;
            }
            Tolerance.Outcome o = Tolerance.judge(c.claimed(), c.halfWidth(), c.qualifier(), mean.value());
            if (best == null || o.ordinal() < bestOutcome.ordinal()) {
                best = mean;
                bestOutcome = o;
            }
        }
        if (best == null) {
            return v.unverifiable("the data lacks a month of " + Periods.describe(before, calendar) + " and of "
                    + Periods.describe(before.shift(1), calendar)
                    + ", so the " + before.monthCount() + "-month average cannot be taken.");
        }
        v.used(best.inputs());
        String figure = "The average of the " + best.span().monthCount() + " months "
                + Periods.describe(best.span(), calendar) + " was "
                + Words.usd(best.value().setScale(1, java.math.RoundingMode.HALF_UP)) + " a month.";
        return v.judged(bestOutcome, best.span(), best.value(), figure);
    }

    /** The mean of {@code family}'s months of {@code span}; {@code null} when a month is missing. */
    private Mean mean(String family, MonthSpan span) {
        BigDecimal sum = BigDecimal.ZERO;
        List<Observation> inputs = new ArrayList<>();
        for (YearMonth m = span.first(); !m.isAfter(span.last()); m = m.plusMonths(1)) {
            List<Facts.Fact> values = facts.values(family, CalendarMonth.of(m));
            if (values.isEmpty()) {
                return null;
            }
            sum = sum.add(values.get(0).value());
            inputs.addAll(values.get(0).inputs());
        }
        return new Mean(span, sum.divide(BigDecimal.valueOf(span.monthCount()), MathContext.DECIMAL64), inputs);
    }
}
