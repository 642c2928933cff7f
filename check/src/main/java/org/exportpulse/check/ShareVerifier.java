package org.exportpulse.check;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.exportpulse.core.figures.Percent;
import org.exportpulse.core.series.Denominator;
import org.exportpulse.core.time.FiscalCalendar;

/**
 * Checks a stated share against every denominator listed for the series that fits the total the
 * text names (total: goods and services; services; goods). Supported when one reproduces it, naming
 * which; otherwise unverifiable, naming each denominator tried and what it gives or lacks: the
 * text's total cannot be pinned down when none reproduces it.
 */
final class ShareVerifier {

    private final Facts facts;
    private final FiscalCalendar calendar;

    ShareVerifier(Facts facts, FiscalCalendar calendar) {
        this.facts = facts;
        this.calendar = calendar;
    }

    CheckedClaim verify(Verification v) {
        Claim c = v.claim();
        String where = Periods.describe(c.period(), calendar);
        List<Denominator> denominators = facts.shareOf(c.family()).stream()
                .filter(d -> fits(d, c.share()))
                .toList();
        if (denominators.isEmpty()) {
            return v.unverifiable("no denominator of the kind named is listed for " + facts.title(c.family()) + ".");
        }
        Optional<Facts.Fact> numerator = facts.value(c.family(), c.period());
        if (numerator.isEmpty()) {
            return v.unverifiable("the data has no value of " + facts.title(c.family()) + " for " + where + ".");
        }
        List<String> tried = new ArrayList<>();
        BigDecimal first = null;
        for (Denominator d : denominators) {
            Optional<Facts.Fact> total = facts.value(d.code(), c.period());
            String basis = basis(d);
            if (total.isEmpty() || total.get().value().signum() == 0) {
                tried.add(basis + ": no value for " + where);
                continue;
            }
            BigDecimal pct = Percent.of(numerator.get().value(), total.get().value());
            Tolerance.Outcome o = Tolerance.judge(c.claimed(), c.halfWidth(), c.qualifier(), pct);
            String figure = Words.percent(pct, Words.decimalsFor(c.halfWidth())) + " of " + basis + " ("
                    + Words.usd(numerator.get().value()) + " of "
                    + Words.usd(total.get().value()) + ")";
            if (o == Tolerance.Outcome.MATCH || o.isClose()) {
                v.used(numerator.get().inputs()).used(total.get().inputs());
                String text = "In " + where + " it was " + figure + ".";
                return o == Tolerance.Outcome.MATCH
                        ? v.verdict(Verdict.SUPPORTED, round(pct), text)
                        : v.verdict(
                                Verdict.APPROXIMATE,
                                round(pct),
                                text + " " + AmountVerifier.capitalise(Tolerance.reason(o)) + ".");
            }
            first = first == null ? round(pct) : first;
            tried.add(figure);
        }
        v.used(numerator.get().inputs());
        return v.verdict(
                Verdict.UNVERIFIABLE,
                first,
                "No listed denominator reproduces "
                        + Words.percent(c.claimed(), Words.statedDecimals(c.halfWidth())) + " for " + where
                        + "; tried: "
                        + String.join("; ", tried) + ".");
    }

    private String basis(Denominator d) {
        return String.join(" + ", d.seriesIds().stream().map(facts::title).toList()) + " [" + d.code() + "]";
    }

    private static boolean fits(Denominator d, Claim.ShareBase base) {
        boolean services = d.seriesIds().stream().anyMatch(id -> id.contains("services"));
        boolean goods = d.seriesIds().stream().anyMatch(id -> id.contains("goods"));
        return switch (base) {
            case TOTAL -> services && goods;
            case SERVICES -> services && !goods;
            case GOODS -> goods && !services;
            case ANY -> true;
        };
    }

    private static BigDecimal round(BigDecimal pct) {
        return pct.setScale(4, RoundingMode.HALF_UP).stripTrailingZeros();
    }
}
