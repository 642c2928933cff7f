package org.exportpulse.check;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.exportpulse.core.series.Observation;
import org.exportpulse.core.time.Period;

/** Builds the {@link CheckedClaim} for one claim: verdict, figure, explanation and sources. */
final class Verification {

    private static final int MAX_SOURCES = 6;

    private final Claim claim;
    private final String text;
    private final LocalDate articleDate;
    private final Set<String> sources = new LinkedHashSet<>();

    /** @param articleDate the article's date; {@code null} when unknown */
    Verification(Claim claim, String originalText, LocalDate articleDate) {
        this.claim = claim;
        this.text = originalText.substring(claim.start(), claim.end());
        this.articleDate = articleDate;
    }

    Claim claim() {
        return claim;
    }

    /** The claim's words in the article as written. */
    String claimText() {
        return text;
    }

    /** The article's date, {@code null} when unknown. */
    LocalDate articleDate() {
        return articleDate;
    }

    /** Records the sources of the values used. */
    Verification used(List<Observation> inputs) {
        for (Observation o : inputs) {
            if (!o.sources().isEmpty() && sources.size() < MAX_SOURCES) {
                sources.add(o.sources().get(0));
            }
        }
        return this;
    }

    CheckedClaim verdict(Verdict verdict, BigDecimal actual, String explanation) {
        return verdict(verdict, claim.period(), actual, explanation);
    }

    CheckedClaim verdict(Verdict verdict, Period period, BigDecimal actual, String explanation) {
        return new CheckedClaim(
                claim.start(),
                claim.end(),
                text,
                claim.kind(),
                claim.family(),
                period,
                claim.claimed(),
                actual,
                verdict,
                explanation + looseness(verdict),
                new ArrayList<>(sources));
    }

    /**
     * How a bounded or hedged number was read ({@code over $1 billion}, {@code around 7 percent}),
     * for the kinds judged under their qualifier; empty for exact numbers and unjudged claims.
     */
    private String looseness(Verdict verdict) {
        boolean judged =
                verdict == Verdict.SUPPORTED || verdict == Verdict.APPROXIMATE || verdict == Verdict.CONTRADICTED;
        boolean qualified = switch (claim.kind()) {
            case AMOUNT, CHANGE_PCT, CHANGE_ABS, AVERAGE, TARGET_GAP -> true;
            default -> false;
        };
        return judged && qualified && claim.qualifier() != Qualifier.EXACT
                ? " " + claim.qualifier().rule(text)
                : "";
    }

    /**
     * The verdict a {@link Tolerance} outcome gives, the data's figure ({@code figure}, a sentence)
     * as explanation; an approximate one says why it is only approximate.
     */
    CheckedClaim judged(Tolerance.Outcome outcome, Period period, BigDecimal actual, String figure) {
        if (outcome == Tolerance.Outcome.MATCH) {
            return verdict(Verdict.SUPPORTED, period, actual, figure);
        }
        if (outcome.isClose()) {
            return verdict(
                    Verdict.APPROXIMATE,
                    period,
                    actual,
                    figure + " " + AmountVerifier.capitalise(Tolerance.reason(outcome)) + ".");
        }
        return verdict(Verdict.CONTRADICTED, period, actual, figure);
    }

    CheckedClaim unverifiable(String why) {
        return verdict(Verdict.UNVERIFIABLE, null, why);
    }
}
