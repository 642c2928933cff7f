package org.exportpulse.check;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.exportpulse.core.series.Observation;
import org.exportpulse.core.time.CalendarMonth;
import org.exportpulse.core.time.MonthSpan;

/**
 * Checks a monthly average over a span ({@link ClaimKind#AVERAGE}): the mean of the stored months of
 * the span the text names — the months before the month it is about, or through that month, since
 * "the last 12 months" is written for both — at the precision the text used. Unverifiable when a
 * month of both spans is missing: an average is never taken over fewer months than stated.
 */
final class AverageVerifier {

    private final Facts facts;

    AverageVerifier(Facts facts) {
        this.facts = facts;
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
            return v.unverifiable("the data lacks a month of " + months(before) + " and of " + months(before.shift(1))
                    + ", so the " + before.monthCount() + "-month average cannot be taken.");
        }
        v.used(best.inputs());
        String figure = "the average of the " + best.span().monthCount() + " months " + months(best.span()) + " was "
                + Words.usd(best.value().setScale(1, java.math.RoundingMode.HALF_UP)) + " a month.";
        if (bestOutcome == Tolerance.Outcome.MATCH) {
            return v.verdict(Verdict.SUPPORTED, best.span(), best.value(), capitalise(figure));
        }
        if (bestOutcome.isClose()) {
            return v.verdict(
                    Verdict.APPROXIMATE,
                    best.span(),
                    best.value(),
                    capitalise(figure) + " " + capitalise(Tolerance.reason(bestOutcome)) + ".");
        }
        return v.verdict(Verdict.CONTRADICTED, best.span(), best.value(), capitalise(figure));
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

    /** {@code December 2024–November 2025}. */
    private static String months(MonthSpan span) {
        return name(span.first()) + "–" + name(span.last());
    }

    private static String name(YearMonth m) {
        return m.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH) + " "
                + m.getYear();
    }

    private static String capitalise(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
