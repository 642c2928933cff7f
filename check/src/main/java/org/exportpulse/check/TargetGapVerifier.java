package org.exportpulse.check;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import org.exportpulse.core.time.FiscalCalendar;

/**
 * Checks a gap to a stated target ({@link ClaimKind#TARGET_GAP}): the period's value against the
 * target the text gives, in percent of the target — negative when missed — at the text's precision.
 */
final class TargetGapVerifier {

    private final Facts facts;
    private final FiscalCalendar calendar;

    TargetGapVerifier(Facts facts, FiscalCalendar calendar) {
        this.facts = facts;
        this.calendar = calendar;
    }

    CheckedClaim verify(Verification v) {
        Claim c = v.claim();
        BigDecimal target = c.own().from();
        List<Facts.Fact> values = facts.values(c.family(), c.period());
        String where = Periods.describe(c.period(), calendar);
        if (values.isEmpty() || target.signum() == 0) {
            return v.unverifiable("the data has no value of " + facts.title(c.family()) + " for " + where
                    + " to set against the target of " + Words.usd(target) + ".");
        }
        Facts.Fact actual = values.get(0);
        BigDecimal gap = actual.value()
                .subtract(target)
                .divide(target, MathContext.DECIMAL64)
                .movePointRight(2);
        v.used(actual.inputs());
        String figure = where + " was " + Words.usd(actual.value()) + " (" + actual.how() + "), "
                + (gap.signum() < 0 ? "short of" : "above") + " the target of " + Words.usd(target) + " by "
                + Words.percent(gap.abs(), 1) + ".";
        return v.judged(
                Tolerance.judge(c.claimed(), c.halfWidth(), c.qualifier(), gap),
                c.period(),
                gap,
                AmountVerifier.capitalise(figure));
    }
}
