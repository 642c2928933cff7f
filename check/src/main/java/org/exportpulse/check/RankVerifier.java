package org.exportpulse.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import org.exportpulse.core.figures.Percent;
import org.exportpulse.core.time.CalendarMonth;
import org.exportpulse.core.time.FiscalCalendar;
import org.exportpulse.core.time.FiscalYear;
import org.exportpulse.core.time.Period;

/**
 * Checks a rank within a whole ({@code the highest share in IT exports}, {@code the largest
 * contributor within services exports}, {@code the third-largest source of foreign exchange}) as far
 * as the data can: the lexicon's members of the whole are ranked by their values for the claim's
 * period (for a month whose members are published by fiscal year only, its fiscal year, then the
 * one before); a part above half of a stored total is the largest; otherwise the verdict is
 * unverifiable, saying what the ranking would need.
 */
final class RankVerifier {

    private static final BigDecimal HALF = BigDecimal.valueOf(50);

    private final Facts facts;
    private final SubjectLexicon lexicon;
    private final FiscalCalendar calendar;

    RankVerifier(Facts facts, SubjectLexicon lexicon, FiscalCalendar calendar) {
        this.facts = facts;
        this.lexicon = lexicon;
        this.calendar = calendar;
    }

    /** A member and its value for the period ranked. */
    private record Ranked(String family, BigDecimal value) {}

    CheckedClaim verify(Verification v) {
        Matcher m = Cues.ranks(v.claimText());
        Optional<SubjectLexicon.Ranking> ranking = m.find()
                ? lexicon.ranking(Cues.rankWhole(m)).map(SubjectLexicon.RankingMatch::ranking)
                : Optional.empty();
        if (ranking.isEmpty()) {
            return v.unverifiable("the whole this rank is within is not one the data can rank.");
        }
        SubjectLexicon.Ranking r = ranking.get();
        int rank = v.claim().claimed().intValue();
        if (!r.members().isEmpty()) {
            return byMembers(v, r, rank);
        }
        if (!r.total().isEmpty() && rank == 1) {
            return byTotal(v, r);
        }
        return v.unverifiable("ranking " + name(v.claim().family()) + " within " + quoted(r) + " needs "
                + (r.missing().isEmpty() ? "more than the data holds" : r.missing()) + ".");
    }

    private CheckedClaim byMembers(Verification v, SubjectLexicon.Ranking r, int rank) {
        Claim c = v.claim();
        if (!r.members().contains(c.family())) {
            return v.unverifiable(name(c.family()) + " is not among the parts the data ranks within " + quoted(r)
                    + ": "
                    + String.join(", ", r.members().stream().map(this::name).toList()) + ".");
        }
        List<String> lacking = new ArrayList<>();
        for (Period p : periods(c.period())) {
            List<Ranked> ranked = new ArrayList<>();
            List<Facts.Fact> used = new ArrayList<>();
            List<String> missing = new ArrayList<>();
            for (String member : r.members()) {
                facts.value(member, p)
                        .ifPresentOrElse(
                                f -> {
                                    ranked.add(new Ranked(member, f.value()));
                                    used.add(f);
                                },
                                () -> missing.add(name(member)));
            }
            if (!missing.isEmpty()) {
                lacking.add(Periods.describe(p, calendar) + " lacks " + String.join(", ", missing));
                continue;
            }
            used.forEach(f -> v.used(f.inputs()));
            ranked.sort(Comparator.comparing(Ranked::value).reversed());
            int position = 1 + indexOf(ranked, c.family());
            String list = String.join(
                    "; ",
                    ranked.stream()
                            .map(x -> name(x.family()) + " " + Words.usd(x.value()))
                            .toList());
            String text = "In " + Periods.describe(p, calendar) + ", " + name(c.family()) + " ranked "
                    + ordinal(position) + " of " + ranked.size() + " within " + quoted(r) + ": " + list + ".";
            return v.verdict(
                    position == rank ? Verdict.SUPPORTED : Verdict.CONTRADICTED,
                    p,
                    BigDecimal.valueOf(position),
                    position == rank ? text : "Ranked " + ordinal(position) + ", not " + ordinal(rank) + ". " + text);
        }
        return v.unverifiable(
                "the ranking within " + quoted(r) + " needs every part's value: " + String.join("; ", lacking) + ".");
    }

    private CheckedClaim byTotal(Verification v, SubjectLexicon.Ranking r) {
        Claim c = v.claim();
        for (Period p : periods(c.period())) {
            Optional<Facts.Fact> part = facts.value(c.family(), p);
            Optional<Facts.Fact> total = facts.value(r.total(), p);
            if (part.isEmpty() || total.isEmpty() || total.get().value().signum() == 0) {
                continue;
            }
            v.used(part.get().inputs()).used(total.get().inputs());
            BigDecimal share = Percent.of(part.get().value(), total.get().value());
            String text = "In " + Periods.describe(p, calendar) + ", " + name(c.family()) + " ("
                    + Words.usd(part.get().value()) + ") was " + Words.percent(share, 1) + " of "
                    + name(r.total()) + " (" + Words.usd(total.get().value()) + ")";
            if (share.compareTo(HALF) > 0) {
                return v.verdict(
                        Verdict.SUPPORTED, p, BigDecimal.ONE, text + ": more than half, so no other part is larger.");
            }
            return v.verdict(
                    Verdict.UNVERIFIABLE,
                    p,
                    null,
                    text + "; less than half, so whether it is the largest needs "
                            + (r.missing().isEmpty() ? "the other parts' values" : r.missing()) + ".");
        }
        return v.unverifiable("the data has no value of " + name(c.family()) + " and of " + name(r.total()) + " for "
                + Periods.describe(c.period(), calendar) + ".");
    }

    /** The period itself and, for a month, its fiscal year and the one before (parts published yearly). */
    private List<Period> periods(Period period) {
        if (!(period instanceof CalendarMonth m)) {
            return List.of(period);
        }
        FiscalYear fy = calendar.fiscalYearOf(m.month());
        return List.of(period, fy, new FiscalYear(fy.endYear() - 1, fy.firstMonth()));
    }

    private static int indexOf(List<Ranked> ranked, String family) {
        for (int i = 0; i < ranked.size(); i++) {
            if (ranked.get(i).family().equals(family)) {
                return i;
            }
        }
        return -1;
    }

    /** The whole as the lexicon words it, in quotes: {@code "IT exports"}. */
    private static String quoted(SubjectLexicon.Ranking r) {
        return "\u201c" + r.phrase() + "\u201d";
    }

    private String name(String family) {
        return facts.title(family);
    }

    private static String ordinal(int n) {
        return switch (n) {
            case 1 -> "first";
            case 2 -> "second";
            case 3 -> "third";
            case 4 -> "fourth";
            case 5 -> "fifth";
            default -> n + "th";
        };
    }
}
