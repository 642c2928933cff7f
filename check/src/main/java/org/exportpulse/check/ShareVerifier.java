package org.exportpulse.check;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.exportpulse.core.figures.Percent;
import org.exportpulse.core.series.Denominator;
import org.exportpulse.core.series.TotalKind;
import org.exportpulse.core.time.CalendarMonth;
import org.exportpulse.core.time.FiscalCalendar;
import org.exportpulse.core.time.FiscalYear;
import org.exportpulse.core.time.MonthSpan;
import org.exportpulse.core.time.Period;

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

    /** A share computed for one span and one denominator. */
    private record Computed(
            Period period, Denominator denominator, Facts.Fact part, Facts.Fact total, BigDecimal pct) {}

    CheckedClaim verify(Verification v) {
        Claim c = v.claim();
        String where = Periods.describe(c.period(), calendar);
        List<Denominator> denominators = facts.shareOf(c.family()).stream()
                .filter(d -> fits(d, c.share()))
                .toList();
        if (denominators.isEmpty()) {
            return v.unverifiable("no denominator of the kind named is listed for " + facts.title(c.family()) + ".");
        }
        List<String> tried = new ArrayList<>();
        List<Computed> computed = new ArrayList<>();
        for (Period p : c.periodStated() ? List.of(c.period()) : spans(c.period())) {
            List<Computed> here = compute(c.family(), p, denominators, tried);
            Optional<CheckedClaim> reproduced = first(v, here, Qualifier.EXACT, true);
            if (reproduced.isPresent()) {
                return reproduced.get(); // the nearest span that reproduces the figure: the rest need not be read
            }
            computed.addAll(here);
        }
        if (computed.isEmpty()) {
            return v.unverifiable(
                    "No listed denominator has values for " + where + "; tried: " + String.join("; ", tried) + ".");
        }
        if (c.qualifier() != Qualifier.EXACT) {
            Optional<CheckedClaim> bounded = first(v, computed, c.qualifier(), true);
            if (bounded.isPresent()) {
                return bounded.get();
            }
        }
        Optional<CheckedClaim> close = first(v, computed, c.qualifier(), false);
        if (close.isPresent()) {
            return close.get();
        }
        for (Computed x : computed) {
            tried.add(Periods.describe(x.period(), calendar) + ": " + figure(x, c));
        }
        v.used(computed.get(0).part().inputs());
        return v.verdict(
                Verdict.UNVERIFIABLE,
                computed.get(0).period(),
                round(computed.get(0).pct()),
                "No listed denominator reproduces "
                        + Words.percent(c.claimed(), Words.statedDecimals(c.halfWidth())) + " for " + where
                        + (c.periodStated() ? "" : " or the fiscal-year spans around it") + "; tried: "
                        + String.join("; ", tried) + ".");
    }

    /**
     * Where a stated share comes from: the span and denominator over which it reproduces.
     *
     * @param pct the share computed there, in percent
     */
    record Reproduction(Period period, Denominator denominator, BigDecimal pct) {}

    /**
     * The first span and denominator (in the order {@link #verify} tries them) over which the
     * claim's share reproduces, exactly, within the inputs' rounding or close to it; failing that,
     * the first within the claim's bound ({@code over 10%}).
     */
    Optional<Reproduction> reproduction(Claim c) {
        List<Denominator> denominators = facts.shareOf(c.family()).stream()
                .filter(d -> fits(d, c.share()))
                .toList();
        List<Computed> all = new ArrayList<>();
        for (Period p : c.periodStated() ? List.of(c.period()) : spans(c.period())) {
            all.addAll(compute(c.family(), p, denominators, new ArrayList<>()));
        }
        for (Computed x : all) {
            Tolerance.Outcome o = Tolerance.judge(c.claimed(), c.halfWidth(), Qualifier.EXACT, x.pct());
            BigDecimal[] rounding = rounding(x);
            if (o == Tolerance.Outcome.MATCH
                    || o.isClose()
                    || Precision.overlaps(c.claimed(), c.halfWidth(), rounding)) {
                return Optional.of(new Reproduction(x.period(), x.denominator(), x.pct()));
            }
        }
        return all.stream()
                .filter(x -> c.qualifier() != Qualifier.EXACT
                        && Tolerance.judge(c.claimed(), c.halfWidth(), c.qualifier(), x.pct())
                                == Tolerance.Outcome.MATCH)
                .findFirst()
                .map(x -> new Reproduction(x.period(), x.denominator(), x.pct()));
    }

    /** The share of {@code family} in the denominator over {@code p}, in percent, when both have values. */
    Optional<BigDecimal> share(String family, Period p, Denominator d) {
        Optional<Facts.Fact> part = facts.value(family, p);
        Optional<Facts.Fact> total = facts.value(d.code(), p);
        if (part.isEmpty() || total.isEmpty() || total.get().value().signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(Percent.of(part.get().value(), total.get().value()));
    }

    /** The denominator's name as the explanations write it: its series' titles and its code. */
    String basis(Denominator d) {
        return String.join(" + ", d.seriesIds().stream().map(facts::title).toList()) + " [" + d.code() + "]";
    }

    /**
     * The spans a share stated for {@code period} may be taken over: the period itself and, for a
     * month, the fiscal year to date through it and through the month before, and the last
     * complete fiscal year (outlets often quote the cumulative share with the latest month).
     */
    private List<Period> spans(Period period) {
        List<Period> spans = new ArrayList<>();
        spans.add(period);
        if (period instanceof CalendarMonth m) {
            MonthSpan ytd = Periods.yearToDate(calendar, m.month());
            if (ytd.monthCount() > 1) {
                spans.add(ytd);
            }
            if (ytd.monthCount() > 2) {
                spans.add(Periods.yearToDate(calendar, m.month().minusMonths(1)));
            }
            FiscalYear current = calendar.fiscalYearOf(m.month());
            spans.add(new FiscalYear(current.endYear() - 1, current.firstMonth()));
        }
        return spans;
    }

    private List<Computed> compute(String family, Period p, List<Denominator> denominators, List<String> tried) {
        Optional<Facts.Fact> part = facts.value(family, p);
        String where = Periods.describe(p, calendar);
        if (part.isEmpty()) {
            tried.add("no value of " + facts.title(family) + " for " + where);
            return List.of();
        }
        List<Computed> out = new ArrayList<>();
        for (Denominator d : denominators) {
            Optional<Facts.Fact> total = facts.value(d.code(), p);
            if (total.isEmpty() || total.get().value().signum() == 0) {
                tried.add(basis(d) + ": no value for " + where);
                continue;
            }
            out.add(new Computed(
                    p,
                    d,
                    part.get(),
                    total.get(),
                    Percent.of(part.get().value(), total.get().value())));
        }
        return out;
    }

    /** The first share judged a match (or, with {@code matchOnly} false, close) under {@code q}. */
    private Optional<CheckedClaim> first(Verification v, List<Computed> computed, Qualifier q, boolean matchOnly) {
        Claim c = v.claim();
        for (Computed x : computed) {
            Tolerance.Outcome o = Tolerance.judge(c.claimed(), c.halfWidth(), q, x.pct());
            BigDecimal[] rounding = rounding(x);
            boolean withinRounding = o != Tolerance.Outcome.MATCH
                    && q == Qualifier.EXACT
                    && Precision.overlaps(c.claimed(), c.halfWidth(), rounding);
            if (withinRounding) {
                o = Tolerance.Outcome.MATCH;
            }
            if (o == Tolerance.Outcome.MATCH || (!matchOnly && o.isClose())) {
                v.used(x.part().inputs()).used(x.total().inputs());
                String text = "In " + Periods.describe(x.period(), calendar) + " it was " + figure(x, c) + "."
                        + (withinRounding
                                ? " The published figures are rounded; the share they allow, "
                                        + Words.percent(rounding[0], Words.decimalsFor(c.halfWidth()) + 1) + " to "
                                        + Words.percent(rounding[1], Words.decimalsFor(c.halfWidth()) + 1)
                                        + ", includes the text's."
                                : "")
                        + (x.period().equals(c.period())
                                ? ""
                                : " The text's period is " + Periods.describe(c.period(), calendar)
                                        + "; the share reproduces over " + Periods.describe(x.period(), calendar)
                                        + ".")
                        + (q == c.qualifier() && q != Qualifier.EXACT
                                ? " Judged as a bound (" + q.name().toLowerCase(Locale.ROOT) + ")."
                                : "");
                return Optional.of(
                        o == Tolerance.Outcome.MATCH
                                ? v.verdict(Verdict.SUPPORTED, x.period(), round(x.pct()), text)
                                : v.verdict(
                                        Verdict.APPROXIMATE,
                                        x.period(),
                                        round(x.pct()),
                                        text + " " + AmountVerifier.capitalise(Tolerance.reason(o)) + "."));
            }
        }
        return Optional.empty();
    }

    private String figure(Computed x, Claim c) {
        return Words.percent(x.pct(), Words.decimalsFor(c.halfWidth())) + " of " + basis(x.denominator()) + " ("
                + Words.usd(x.part().value()) + " of " + Words.usd(x.total().value()) + ")";
    }

    /**
     * Whether a denominator is the kind of total the text names, from its series' titles
     * ({@code exports of goods and services}, {@code exports of services}, {@code exports of
     * goods}): goods and services together, services alone, goods alone.
     */
    private boolean fits(Denominator d, Claim.ShareBase base) {
        TotalKind kind = TotalKind.of(d.seriesIds().stream()
                .map(id -> facts.title(Facts.familyOf(id)))
                .toList());
        return switch (base) {
            case TOTAL -> kind == TotalKind.GOODS_AND_SERVICES;
            case SERVICES -> kind == TotalKind.SERVICES;
            case GOODS -> kind == TotalKind.GOODS;
            case ANY -> true;
        };
    }

    /** The shares the published rounding of part and total allows, lowest and highest, in percent. */
    private static BigDecimal[] rounding(Computed x) {
        return Precision.ratioRange(
                x.part().value(),
                x.part().halfWidth(),
                x.total().value(),
                x.total().halfWidth());
    }

    private static BigDecimal round(BigDecimal pct) {
        return pct.setScale(4, RoundingMode.HALF_UP).stripTrailingZeros();
    }
}
