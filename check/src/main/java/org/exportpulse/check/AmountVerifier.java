package org.exportpulse.check;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.exportpulse.core.series.Observation;
import org.exportpulse.core.time.CalendarMonth;
import org.exportpulse.core.time.FiscalCalendar;
import org.exportpulse.core.time.FiscalYear;
import org.exportpulse.core.time.MonthSpan;
import org.exportpulse.core.time.Period;

/**
 * Checks a stated amount. When the data contradicts it, looks for the likely cause in this order:
 * the figure of another period (a neighbouring month, another span of the fiscal year), an earlier
 * release since revised, another series for the same period.
 */
final class AmountVerifier {

    private static final int MONTHS_AROUND = 18;

    private final Facts facts;
    private final List<String> families;
    private final FiscalCalendar calendar;

    AmountVerifier(Facts facts, List<String> families, FiscalCalendar calendar) {
        this.facts = facts;
        this.families = families;
        this.calendar = calendar;
    }

    CheckedClaim verify(Verification v) {
        Claim c = v.claim();
        List<Facts.Fact> values = facts.values(c.family(), c.period());
        String where = describe(c.period());
        if (values.isEmpty()) {
            return v.unverifiable(
                    "the data has no value of " + facts.title(c.family()) + " for " + where + latest(c) + ".");
        }
        Tolerance.Outcome best = Tolerance.Outcome.MISS;
        Facts.Fact chosen = values.get(0);
        for (Facts.Fact f : values) {
            Tolerance.Outcome o = Tolerance.judge(c.claimed(), c.halfWidth(), c.qualifier(), f.value());
            if (o.ordinal() < best.ordinal()) {
                best = o;
                chosen = f;
            }
        }
        v.used(chosen.inputs());
        String figure = where + " was " + Words.usd(chosen.value()) + " (" + chosen.how() + ").";
        if (best != Tolerance.Outcome.MATCH) {
            Optional<CheckedClaim> then = releaseOfTheDay(v, values, where);
            if (then.isPresent()) {
                return then.get();
            }
        }
        if (best == Tolerance.Outcome.MATCH) {
            return v.verdict(Verdict.SUPPORTED, chosen.value(), figure);
        }
        if (best.isClose()) {
            return v.verdict(
                    Verdict.APPROXIMATE, chosen.value(), figure + " " + capitalise(Tolerance.reason(best)) + ".");
        }
        return v.verdict(
                Verdict.CONTRADICTED,
                chosen.value(),
                cause(c, chosen).map(s -> s + "; ").orElse("") + figure);
    }

    /** {@code  (its latest month is February 2026)} for a monthly family, else nothing. */
    private String latest(Claim c) {
        List<Observation> months = facts.months(c.family());
        if (months.isEmpty() || !(c.period() instanceof CalendarMonth)) {
            return "";
        }
        return " (its latest month is " + describe(months.get(months.size() - 1).period()) + ")";
    }

    private Optional<String> cause(Claim c, Facts.Fact actual) {
        Optional<String> other = otherPeriod(c);
        if (other.isPresent()) {
            return other;
        }
        Optional<String> revised = earlierRelease(c, actual);
        if (revised.isPresent()) {
            return revised;
        }
        return otherSeries(c);
    }

    private Optional<String> otherPeriod(Claim c) {
        for (Period p : neighbours(c.period(), calendar)) {
            for (Facts.Fact f : facts.values(c.family(), p)) {
                if (matches(c, f.value())) {
                    return Optional.of(Words.usd(f.value()) + " is " + describe(p) + "'s figure, not "
                            + describe(c.period()) + "'s");
                }
            }
        }
        return Optional.empty();
    }

    /** Other periods a figure is often mistaken for, nearest first. */
    static List<Period> neighbours(Period period, FiscalCalendar calendar) {
        List<Period> around = new ArrayList<>();
        if (period instanceof CalendarMonth m) {
            for (int d = 1; d <= MONTHS_AROUND; d++) {
                around.add(CalendarMonth.of(m.month().minusMonths(d)));
                around.add(CalendarMonth.of(m.month().plusMonths(d)));
            }
            return around;
        }
        FiscalYear fy = calendar.fiscalYearOf(period.first());
        for (int d = 1; d < 12; d++) {
            addSpan(around, fy, period.last().minusMonths(d));
            addSpan(around, fy, period.last().plusMonths(d));
        }
        around.add(Periods.shift(period, -12));
        around.add(Periods.shift(period, 12));
        around.remove(period);
        return around;
    }

    private static void addSpan(List<Period> spans, FiscalYear fy, YearMonth last) {
        if (fy.contains(last)) {
            spans.add(last.equals(fy.last()) ? fy : MonthSpan.of(fy.first(), last));
        }
    }

    /**
     * The claim read against the release that may have been the latest on the article's date: a
     * figure since revised is what the text could report then.
     */
    private Optional<CheckedClaim> releaseOfTheDay(Verification v, List<Facts.Fact> values, String where) {
        Claim c = v.claim();
        for (Facts.Fact f : values) {
            List<Observation> candidates = c.earlierRelease()
                    ? facts.earlierVintages(f.seriesId(), c.period())
                    : facts.vintagesCurrentOn(f.seriesId(), c.period(), v.articleDate());
            for (Observation o : candidates) {
                Tolerance.Outcome outcome = Tolerance.judge(c.claimed(), c.halfWidth(), c.qualifier(), o.value());
                if (outcome == Tolerance.Outcome.MATCH || outcome.isClose()) {
                    v.used(List.of(o));
                    String when = c.earlierRelease()
                            ? "the earlier release the text names"
                            : "no later release is known to have been public on " + v.articleDate();
                    String text = where + " was " + Words.usd(o.value()) + " as first released (vintage "
                            + o.vintage() + (o.publicBy() == null ? "" : ", public by " + o.publicBy()) + "; "
                            + when + "), since revised to " + Words.usd(f.value()) + ".";
                    return Optional.of(
                            outcome == Tolerance.Outcome.MATCH
                                    ? v.verdict(Verdict.SUPPORTED, o.value(), text)
                                    : v.verdict(
                                            Verdict.APPROXIMATE,
                                            o.value(),
                                            text + " " + capitalise(Tolerance.reason(outcome)) + "."));
                }
            }
        }
        return Optional.empty();
    }

    private Optional<String> earlierRelease(Claim c, Facts.Fact actual) {
        String seriesId = actual.seriesId() != null ? actual.seriesId() : c.family();
        for (Observation o : facts.earlierVintages(seriesId, c.period())) {
            if (matches(c, o.value())) {
                return Optional.of(Words.usd(o.value()) + " was the first release for " + describe(c.period())
                        + ", since revised to " + Words.usd(actual.value()));
            }
        }
        return Optional.empty();
    }

    private Optional<String> otherSeries(Claim c) {
        for (String family : families) {
            if (family.equals(c.family())) {
                continue;
            }
            for (Facts.Fact f : facts.values(family, c.period())) {
                if (matches(c, f.value())) {
                    return Optional.of(Words.usd(f.value()) + " is " + facts.title(family) + " (" + family + ") for "
                            + describe(c.period()) + ", a different series");
                }
            }
        }
        return Optional.empty();
    }

    private static boolean matches(Claim c, BigDecimal value) {
        return Tolerance.judge(c.claimed(), c.halfWidth(), Qualifier.EXACT, value) == Tolerance.Outcome.MATCH;
    }

    private String describe(Period p) {
        return Periods.describe(p, calendar);
    }

    static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
