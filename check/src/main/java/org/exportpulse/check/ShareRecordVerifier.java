package org.exportpulse.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.exportpulse.core.series.Observation;
import org.exportpulse.core.time.CalendarMonth;
import org.exportpulse.core.time.FiscalCalendar;
import org.exportpulse.core.time.Period;

/**
 * Checks a record word applied to a share ({@code a record 10.8% share of total exports}, {@code
 * for the first time … over 10% of total exports}): a share record, not a value record. The share is
 * first traced to the span and denominator that reproduce it; the same share is then computed for
 * every earlier month (for a month) or the same span of every earlier year (for a fiscal year or a
 * span of one) where both series have values.
 */
final class ShareRecordVerifier {

    private static final int YEARS_BACK = 30;

    private final Facts facts;
    private final ShareVerifier shares;
    private final FiscalCalendar calendar;

    ShareRecordVerifier(Facts facts, ShareVerifier shares, FiscalCalendar calendar) {
        this.facts = facts;
        this.shares = shares;
        this.calendar = calendar;
    }

    /** An earlier share and where it was. */
    private record Earlier(Period period, BigDecimal pct) {}

    CheckedClaim verify(Verification v) {
        Claim c = v.claim();
        String stated = Words.percent(c.claimed(), Words.statedDecimals(c.halfWidth()));
        Optional<ShareVerifier.Reproduction> found = shares.reproduction(c);
        if (found.isEmpty()) {
            return v.unverifiable("a record share: no listed denominator reproduces " + stated + " for "
                    + Periods.describe(c.period(), calendar) + ", so there is no history of it to compare with.");
        }
        ShareVerifier.Reproduction r = found.get();
        String where = Periods.describe(r.period(), calendar);
        String of = " of " + shares.basis(r.denominator());
        List<Earlier> earlier = earlier(c.family(), r);
        if (earlier.isEmpty()) {
            return v.verdict(
                    Verdict.UNVERIFIABLE,
                    r.period(),
                    round(r.pct()),
                    "The share reproduces as " + Words.percent(r.pct(), 1) + of + " in " + where
                            + ", but the data has no earlier share of that total "
                            + (r.period() instanceof CalendarMonth
                                    ? "for any earlier month"
                                    : "for the same span of an earlier year")
                            + " to compare it with.");
        }
        Earlier top = earlier.stream().max((a, b) -> a.pct().compareTo(b.pct())).orElseThrow();
        boolean firstTime = c.qualifier() == Qualifier.OVER;
        BigDecimal bar = firstTime ? c.claimed().min(r.pct()) : r.pct();
        String history = " (compared with " + earlier.size()
                + (r.period() instanceof CalendarMonth ? " earlier months" : " earlier years") + " back to "
                + Periods.describe(earlier.get(earlier.size() - 1).period(), calendar) + "; highest before: "
                + Words.percent(top.pct(), 1) + " in " + Periods.describe(top.period(), calendar) + ")";
        String now = "In " + where + " the share was " + Words.percent(r.pct(), 1) + of;
        if (top.pct().compareTo(bar) >= 0) {
            return v.verdict(
                    Verdict.CONTRADICTED,
                    r.period(),
                    round(r.pct()),
                    "Not a record share: " + Periods.describe(top.period(), calendar) + " had "
                            + Words.percent(top.pct(), 1) + ". " + now + history + ".");
        }
        return v.verdict(
                Verdict.SUPPORTED,
                r.period(),
                round(r.pct()),
                now
                        + (firstTime
                                ? ", the first time it reached " + Words.percent(bar, 1)
                                : ", the highest share in the stored history")
                        + history + ".");
    }

    private static BigDecimal round(BigDecimal pct) {
        return pct.setScale(4, java.math.RoundingMode.HALF_UP).stripTrailingZeros();
    }

    /** The same share in earlier periods, nearest first. */
    private List<Earlier> earlier(String family, ShareVerifier.Reproduction r) {
        List<Earlier> out = new ArrayList<>();
        if (r.period() instanceof CalendarMonth m) {
            List<Observation> months = new ArrayList<>(facts.months(family));
            for (int i = months.size() - 1; i >= 0; i--) {
                Period p = months.get(i).period();
                if (p.last().isBefore(m.month())) {
                    shares.share(family, p, r.denominator()).ifPresent(pct -> out.add(new Earlier(p, pct)));
                }
            }
            return out;
        }
        for (int years = 1; years <= YEARS_BACK; years++) {
            Period p = Periods.shift(r.period(), -12 * years);
            shares.share(family, p, r.denominator()).ifPresent(pct -> out.add(new Earlier(p, pct)));
        }
        return out;
    }
}
