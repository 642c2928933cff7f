package org.exportpulse.check;

import java.math.BigDecimal;
import org.exportpulse.core.time.Period;

/**
 * A claim as read from the text, before the data judges it.
 *
 * @param start first index of the claim's number (or record word) in the text
 * @param end index after it
 * @param family the series family it is about; {@code null} when the text names none
 * @param period the period it is about; {@code null} when the text gives none
 * @param claimed the stated number, normalised (USD or PKR million, percent); {@code null} for a
 *     record claim without a number
 * @param halfWidth half a unit of the last digit stated, in the same unit
 * @param comparison what a change compares with; {@link Comparison#NONE} for amounts and shares
 * @param base the earlier period of a change when the text names it, else {@code null}
 * @param own the text's own pair of amounts for a percentage change, else {@code null}
 * @param share which total a share is of, for {@link ClaimKind#SHARE}
 * @param projection whether the number is a target, forecast or plan rather than a reported value
 * @param currency {@code USD} or {@code PKR} for amounts
 * @param earlierRelease whether the text presents an amount as an earlier release ({@code
 *     against the initial estimates of $2.605 billion})
 * @param periodStated whether the claim's own clause names its period outright ({@code in
 *     December 2025}) rather than taking it from the text before or from {@code now}
 */
record Claim(
        int start,
        int end,
        ClaimKind kind,
        String family,
        Period period,
        BigDecimal claimed,
        BigDecimal halfWidth,
        Qualifier qualifier,
        Comparison comparison,
        Period base,
        OwnAmounts own,
        ShareBase share,
        boolean projection,
        NumberMention.Kind currency,
        boolean earlierRelease,
        boolean periodStated) {

    /** The same claim about {@code other}, another publication of the same item. */
    Claim withFamily(String other) {
        return new Claim(
                start,
                end,
                kind,
                other,
                period,
                claimed,
                halfWidth,
                qualifier,
                comparison,
                base,
                own,
                share,
                projection,
                currency,
                earlierRelease,
                periodStated);
    }

    /** A claim the text does not present as an earlier release. */
    Claim(
            int start,
            int end,
            ClaimKind kind,
            String family,
            Period period,
            BigDecimal claimed,
            BigDecimal halfWidth,
            Qualifier qualifier,
            Comparison comparison,
            Period base,
            OwnAmounts own,
            ShareBase share,
            boolean projection,
            NumberMention.Kind currency) {
        this(
                start,
                end,
                kind,
                family,
                period,
                claimed,
                halfWidth,
                qualifier,
                comparison,
                base,
                own,
                share,
                projection,
                currency,
                false,
                false);
    }

    /** What a change compares with. */
    enum Comparison {
        NONE,
        MONTH_ON_MONTH,
        YEAR_ON_YEAR,
        /** Between the claim's period and the base the text names. */
        NAMED_BASE,
        /** The text does not say: year-on-year and month-on-month are both tried. */
        UNSTATED
    }

    /** The total a share is taken of, as the text names it. */
    enum ShareBase {
        /** goods and services */
        TOTAL,
        SERVICES,
        GOODS,
        /** {@code of exports}: any listed denominator */
        ANY
    }

    /** Two amounts the text itself gives for a change, in USD million, each with half a unit of its last digit. */
    record OwnAmounts(BigDecimal from, BigDecimal fromHalf, BigDecimal to, BigDecimal toHalf) {}
}
