package org.exportpulse.check;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.exportpulse.core.series.Observation;
import org.exportpulse.core.time.CalendarMonth;
import org.exportpulse.core.time.FiscalCalendar;
import org.exportpulse.core.time.Period;

/**
 * Checks a record claim over the stored history: a month against every earlier month; a fiscal
 * year or a span of one against the same span of every earlier year with data. {@code for the
 * first time} with an amount means no earlier value reached it.
 */
final class RecordVerifier {

    private final Facts facts;
    private final FiscalCalendar calendar;

    RecordVerifier(Facts facts, FiscalCalendar calendar) {
        this.facts = facts;
        this.calendar = calendar;
    }

    CheckedClaim verify(Verification v) {
        Claim c = v.claim();
        String where = Periods.describe(c.period(), calendar);
        Optional<Facts.Fact> value = facts.value(c.family(), c.period());
        if (value.isEmpty()) {
            return v.unverifiable("the data has no value of " + facts.title(c.family()) + " for " + where + ".");
        }
        v.used(value.get().inputs());
        BigDecimal now = value.get().value();
        boolean firstTime = c.claimed() != null && c.qualifier() == Qualifier.OVER;
        BigDecimal bar = firstTime ? c.claimed() : now;
        Earlier best = highestBefore(c);
        if (best == null) {
            return v.unverifiable(
                    "the data has no earlier value of " + facts.title(c.family()) + " to compare " + where + " with.");
        }
        boolean beaten =
                firstTime ? best.value().compareTo(bar) > 0 : best.value().compareTo(now) >= 0;
        String history = "compared with " + best.count()
                + (c.period() instanceof CalendarMonth ? " earlier months" : " earlier years") + " from "
                + Periods.describe(best.first(), calendar);
        if (firstTime && now.compareTo(bar) <= 0) {
            return v.verdict(
                    Verdict.CONTRADICTED,
                    now,
                    where + " was " + Words.usd(now) + ", not above " + Words.usd(bar) + ".");
        }
        if (beaten) {
            return v.verdict(
                    Verdict.CONTRADICTED,
                    now,
                    "Not a record: " + Periods.describe(best.period(), calendar) + " had " + Words.usd(best.value())
                            + "; " + where + " was " + Words.usd(now) + " (" + history + ").");
        }
        String text = firstTime
                ? where + " was " + Words.usd(now) + ", the first value above " + Words.usd(bar) + " (" + history
                        + "; highest before: " + Words.usd(best.value()) + " in "
                        + Periods.describe(best.period(), calendar) + ")."
                : where + " was " + Words.usd(now) + ", the highest in the stored history (" + history
                        + "; previous high " + Words.usd(best.value()) + " in "
                        + Periods.describe(best.period(), calendar) + ").";
        return v.verdict(Verdict.SUPPORTED, now, text);
    }

    /** The highest earlier value and how many were compared. */
    private record Earlier(Period period, BigDecimal value, int count, Period first) {}

    private Earlier highestBefore(Claim c) {
        if (c.period() instanceof CalendarMonth m) {
            List<Observation> earlier = facts.months(c.family()).stream()
                    .filter(o -> o.period().last().isBefore(m.month()))
                    .toList();
            Observation top = earlier.stream()
                    .max((a, b) -> a.value().compareTo(b.value()))
                    .orElse(null);
            return top == null
                    ? null
                    : new Earlier(
                            top.period(),
                            top.value(),
                            earlier.size(),
                            earlier.get(0).period());
        }
        Earlier best = null;
        int count = 0;
        Period first = null;
        for (int years = 1; years <= 30; years++) {
            Period p = Periods.shift(c.period(), -12 * years);
            Optional<Facts.Fact> f = facts.value(c.family(), p);
            if (f.isEmpty()) {
                continue;
            }
            count++;
            first = p;
            if (best == null || f.get().value().compareTo(best.value()) > 0) {
                best = new Earlier(p, f.get().value(), 0, null);
            }
        }
        return best == null ? null : new Earlier(best.period(), best.value(), count, first);
    }
}
