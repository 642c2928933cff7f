package org.exportpulse.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.exportpulse.core.figures.Percent;
import org.exportpulse.core.time.CalendarMonth;
import org.exportpulse.core.time.FiscalCalendar;
import org.exportpulse.core.time.Period;

/**
 * Checks a stated change (in percent or as an amount). First against the text's own numbers when
 * it gives both ends ({@link Verdict#INCONSISTENT} when they do not give the stated change), then
 * against the data, for the comparison the text names or, when it names none, year-on-year and
 * month-on-month. When the data contradicts it, looks for the comparison or period the figure
 * belongs to.
 */
final class ChangeVerifier {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final int NEIGHBOURS = 3;
    /**
     * A change stated to many decimals is not inconsistent with the text's own amounts for a
     * difference under a tenth of a point ({@code 39.15 per cent} for -39.22 %): outlets compute
     * from less rounded figures than they print.
     */
    private static final BigDecimal OWN_SLACK_POINTS = new BigDecimal("0.1");

    private final Facts facts;
    private final FiscalCalendar calendar;

    ChangeVerifier(Facts facts, FiscalCalendar calendar) {
        this.facts = facts;
        this.calendar = calendar;
    }

    /** A change between two periods and the values it comes from. */
    private record Change(
            Period period,
            Period base,
            BigDecimal now,
            BigDecimal then,
            BigDecimal value,
            Facts.Fact a,
            Facts.Fact b) {}

    CheckedClaim verify(Verification v) {
        Claim c = v.claim();
        boolean pct = c.kind() == ClaimKind.CHANGE_PCT;
        Optional<CheckedClaim> inconsistent = pct ? ownNumbers(v) : Optional.empty();
        CheckedClaim data = againstData(v, pct);
        if (inconsistent.isPresent() && endsAgreeWithData(c.own(), data)) {
            return v.verdict(
                    Verdict.CONTRADICTED,
                    data.actual(),
                    "The text's own figures agree with the data and give " + Words.change(data.actual(), 1)
                            + ", not " + Words.change(c.claimed(), Words.statedDecimals(c.halfWidth())) + ". "
                            + data.explanation());
        }
        if (inconsistent.isPresent()) {
            CheckedClaim own = inconsistent.get();
            String dataSays = data.verdict() == Verdict.UNVERIFIABLE ? "" : " The data: " + data.explanation();
            return v.verdict(Verdict.INCONSISTENT, own.actual(), own.explanation() + dataSays);
        }
        return data;
    }

    private CheckedClaim againstData(Verification v, boolean pct) {
        Claim c = v.claim();
        List<Period> bases = bases(c);
        List<String> missing = new ArrayList<>();
        Change primary = null;
        for (Period base : bases) {
            List<Change> changes = changes(c.family(), c.period(), base, pct);
            if (changes.isEmpty()) {
                missing.add(changeOf(c.period(), base));
                continue;
            }
            primary = primary == null ? changes.get(0) : primary;
            for (Change ch : changes) {
                Tolerance.Outcome o = Tolerance.judge(c.claimed(), c.halfWidth(), c.qualifier(), ch.value());
                if (o != Tolerance.Outcome.MATCH && c.qualifier() == Qualifier.EXACT && withinRounding(c, ch, pct)) {
                    v.used(ch.a().inputs()).used(ch.b().inputs());
                    return v.verdict(
                            Verdict.SUPPORTED,
                            round(ch.value(), pct),
                            figure(ch, pct, c) + " The published figures are rounded; the change they allow, "
                                    + rangeText(ch, pct, c) + ", includes the text's.");
                }
                if (o == Tolerance.Outcome.MATCH || o.isClose()) {
                    v.used(ch.a().inputs()).used(ch.b().inputs());
                    String figure = figure(ch, pct, c);
                    return o == Tolerance.Outcome.MATCH
                            ? v.verdict(Verdict.SUPPORTED, round(ch.value(), pct), figure)
                            : v.verdict(
                                    Verdict.APPROXIMATE,
                                    round(ch.value(), pct),
                                    figure + " " + AmountVerifier.capitalise(Tolerance.reason(o)) + ".");
                }
            }
        }
        if (primary == null) {
            return v.unverifiable("the data lacks what the change needs: " + String.join("; ", missing) + ".");
        }
        Change found = primary;
        v.used(found.a().inputs()).used(found.b().inputs());
        String cause = wrongDirection(c, found)
                .or(() -> cause(c, pct, found))
                .map(s -> s + ". ")
                .orElse("");
        return v.verdict(Verdict.CONTRADICTED, round(primary.value(), pct), cause + figure(primary, pct, c));
    }

    /**
     * The text's own amounts give a range of changes, since each is rounded: from {@code (to - h) /
     * (from + h)} to {@code (to + h) / (from - h)}. The stated change is inconsistent when its own
     * rounding interval misses that range.
     */
    private Optional<CheckedClaim> ownNumbers(Verification v) {
        Claim c = v.claim();
        Claim.OwnAmounts own = c.own();
        if (own == null || own.from().subtract(own.fromHalf()).signum() <= 0) {
            return Optional.empty();
        }
        BigDecimal[] range = Precision.changeRange(own.to(), own.toHalf(), own.from(), own.fromHalf());
        BigDecimal slack = c.halfWidth().add(c.halfWidth()).max(OWN_SLACK_POINTS);
        boolean overlaps = c.claimed().subtract(slack).compareTo(range[1]) <= 0
                && range[0].compareTo(c.claimed().add(slack)) <= 0;
        if (overlaps || c.qualifier() != Qualifier.EXACT) {
            return Optional.empty();
        }
        BigDecimal ownChange = percentChange(own.to(), own.from());
        int d = Words.decimalsFor(c.halfWidth());
        return Optional.of(v.verdict(
                Verdict.INCONSISTENT,
                round(ownChange, true),
                "The text's own figures disagree: from " + Words.usd(own.from()) + " to " + Words.usd(own.to())
                        + " is " + Words.change(ownChange, d) + ", not "
                        + Words.change(c.claimed(), Words.statedDecimals(c.halfWidth()))
                        + "."));
    }

    /**
     * Whether the change the data gives lies within what the text's own (rounded) ends allow: the
     * ends are then the data's, and a stated change that misses both is an error against the data
     * ({@link Verdict#CONTRADICTED}), not only a slip between the text's numbers.
     */
    private static boolean endsAgreeWithData(Claim.OwnAmounts own, CheckedClaim data) {
        if (data.verdict() != Verdict.CONTRADICTED || data.actual() == null) {
            return false;
        }
        BigDecimal[] range = Precision.changeRange(own.to(), own.toHalf(), own.from(), own.fromHalf());
        BigDecimal slack = OWN_SLACK_POINTS;
        return data.actual().compareTo(range[0].subtract(slack)) >= 0
                && data.actual().compareTo(range[1].add(slack)) <= 0;
    }

    /** Whether the rounding of the published inputs allows the stated change. */
    private static boolean withinRounding(Claim c, Change ch, boolean pct) {
        return Precision.overlaps(c.claimed(), c.halfWidth(), range(ch, pct));
    }

    private static BigDecimal[] range(Change ch, boolean pct) {
        BigDecimal ha = ch.a().halfWidth();
        BigDecimal hb = ch.b().halfWidth();
        if (pct) {
            return Precision.changeRange(ch.now(), ha, ch.then(), hb);
        }
        BigDecimal h = ha.add(hb);
        return new BigDecimal[] {ch.value().subtract(h), ch.value().add(h)};
    }

    private static String rangeText(Change ch, boolean pct, Claim c) {
        BigDecimal[] r = range(ch, pct);
        int d = Words.decimalsFor(c.halfWidth()) + 1;
        return pct
                ? Words.change(r[0], d) + " to " + Words.change(r[1], d)
                : Words.usd(r[0]) + " to " + Words.usd(r[1]);
    }

    private List<Period> bases(Claim c) {
        Period p = c.period();
        List<Period> bases = new ArrayList<>();
        switch (c.comparison()) {
            case NAMED_BASE -> bases.add(c.base());
            case MONTH_ON_MONTH -> bases.add(Periods.shift(p, -(p.monthCount())));
            case YEAR_ON_YEAR -> bases.add(Periods.shift(p, -12));
            default -> {
                bases.add(Periods.shift(p, -12));
                if (p instanceof CalendarMonth) {
                    bases.add(Periods.shift(p, -1));
                }
            }
        }
        return bases;
    }

    private List<Change> changes(String family, Period period, Period base, boolean pct) {
        List<Change> changes = new ArrayList<>();
        for (Facts.Fact a : facts.values(family, period)) {
            for (Facts.Fact b : facts.values(family, base)) {
                if (pct && b.value().signum() == 0) {
                    continue;
                }
                BigDecimal value =
                        pct ? percentChange(a.value(), b.value()) : a.value().subtract(b.value());
                changes.add(new Change(period, base, a.value(), b.value(), value, a, b));
            }
        }
        return changes;
    }

    /** When the size is right but the sign is not: a fall reported as a rise or the reverse. */
    private static Optional<String> wrongDirection(Claim c, Change primary) {
        boolean opposite = c.claimed().signum() * primary.value().signum() < 0;
        Tolerance.Outcome o = Tolerance.judge(c.claimed().negate(), c.halfWidth(), Qualifier.EXACT, primary.value());
        if (!opposite || o == Tolerance.Outcome.MISS) {
            return Optional.empty();
        }
        return Optional.of("The text has the direction wrong: the data shows a "
                + (primary.value().signum() < 0 ? "fall" : "rise") + ", not a "
                + (primary.value().signum() < 0 ? "rise" : "fall"));
    }

    private Optional<String> cause(Claim c, boolean pct, Change primary) {
        List<Period[]> alternatives = new ArrayList<>();
        Period p = c.period();
        if (p instanceof CalendarMonth) {
            alternatives.add(new Period[] {p, Periods.shift(p, -1)});
            alternatives.add(new Period[] {p, Periods.shift(p, -12)});
            Period ytd = Periods.yearToDate(calendar, p.first());
            alternatives.add(new Period[] {ytd, Periods.shift(ytd, -12)});
        } else {
            Period last = CalendarMonth.of(p.last());
            alternatives.add(new Period[] {last, Periods.shift(last, -12)});
        }
        for (int d = 1; d <= NEIGHBOURS; d++) {
            for (int sign : new int[] {-1, 1}) {
                Period q = p instanceof CalendarMonth ? Periods.shift(p, sign * d) : null;
                if (q != null) {
                    alternatives.add(new Period[] {q, Periods.shift(q, -12)});
                    alternatives.add(new Period[] {q, Periods.shift(q, -1)});
                }
            }
        }
        for (Period[] alt : alternatives) {
            if (alt[0].equals(c.period()) && c.base() != null && alt[1].equals(c.base())) {
                continue;
            }
            for (Change ch : changes(c.family(), alt[0], alt[1], pct)) {
                if (Tolerance.judge(c.claimed(), c.halfWidth(), Qualifier.EXACT, ch.value()) == Tolerance.Outcome.MATCH
                        && !(alt[0].equals(c.period()) && bases(c).contains(alt[1]))) {
                    String stated = pct
                            ? Words.change(c.claimed(), Words.statedDecimals(c.halfWidth()))
                            : Words.usd(c.claimed());
                    return Optional.of(stated + " is the " + changeOf(alt[0], alt[1]) + ", not the "
                            + changeOf(primary.period(), primary.base()));
                }
            }
        }
        return Optional.empty();
    }

    private String figure(Change ch, boolean pct, Claim c) {
        return "The " + changeOf(ch.period(), ch.base()) + " was "
                + format(ch.value(), pct, c) + " (" + Words.usd(ch.then()) + " in "
                + Periods.describe(ch.base(), calendar)
                + " to " + Words.usd(ch.now()) + ").";
    }

    /** {@code year-on-year change of December 2025}, {@code change from FY24 to FY25}. */
    private String changeOf(Period period, Period base) {
        String p = Periods.describe(period, calendar);
        if (base.equals(Periods.shift(period, -12))) {
            return "year-on-year change of " + p;
        }
        if (period instanceof CalendarMonth && base.equals(Periods.shift(period, -1))) {
            return "month-on-month change of " + p;
        }
        return "change from " + Periods.describe(base, calendar) + " to " + p;
    }

    private static String format(BigDecimal value, boolean pct, Claim c) {
        return pct ? Words.change(value, Words.decimalsFor(c.halfWidth())) : Words.usd(value);
    }

    static BigDecimal percentChange(BigDecimal now, BigDecimal then) {
        return Percent.change(now, then);
    }

    private static BigDecimal round(BigDecimal v, boolean pct) {
        return pct ? v.setScale(4, java.math.RoundingMode.HALF_UP).stripTrailingZeros() : v;
    }
}
