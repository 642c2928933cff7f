package org.exportpulse.check;

import java.util.Locale;

/** What a claim states. */
public enum ClaimKind {
    /** A value: {@code $437 million}. */
    AMOUNT,
    /** A change in percent: {@code up 23%}, {@code grew 1.5 times} (+50%). */
    CHANGE_PCT,
    /** A change as an amount: {@code up by $81 million}. */
    CHANGE_ABS,
    /** A share in percent of a total: {@code 10.8% of total exports}. */
    SHARE,
    /** A record: {@code highest ever}, {@code for the first time}. */
    RECORD,
    /** A count of months that must agree with the months named: {@code the first eight months (July-March)}. */
    SPAN,
    /**
     * A monthly average over the months before a month: {@code the average of the last 12 months …
     * $220 million}, {@code the previous 12-month average of $233 million}; its period is the span
     * averaged.
     */
    AVERAGE,
    /**
     * How far a period missed or beat a target the text states: {@code missed the target of $3
     * billion … by around 14 percent}; the target is the claim's {@code own.from}, the period's value
     * its data.
     */
    TARGET_GAP,
    /**
     * A rank within a whole: {@code the third-largest source of foreign exchange}, {@code the highest
     * share in IT exports}; its number is the rank (1 for {@code largest}), the whole is read from its
     * words against the lexicon's rankings.
     */
    RANK;

    /** {@code amount}, {@code change_pct}, … as written in JSON. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
