package org.exportpulse.check;

import java.time.LocalDate;
import java.util.List;

/**
 * The claims of one text and their verdicts, in text order.
 *
 * @param date the article's date as given or found in the text; {@code null} when neither
 * @param dateInText whether {@code date} was found in the text (the first full date) rather than given
 * @param reference the latest month the text was taken to report on (relative periods resolve
 *     against it)
 * @param text the text as given
 */
public record CheckReport(
        LocalDate date, boolean dateInText, java.time.YearMonth reference, String text, List<CheckedClaim> claims) {

    public CheckReport {
        claims = List.copyOf(claims);
    }

    /**
     * Which date the check assumed and why, for every output to show: {@code 2026-01-20 (the first
     * full date in the text); relative periods read against December 2025}.
     */
    public String dateAssumed() {
        String month = reference.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH)
                + " " + reference.getYear();
        if (date == null) {
            return "not given and none in the text; relative periods read against " + month
                    + ", the latest month of the data";
        }
        return date + (dateInText ? " (the first full date in the text)" : " (given)")
                + "; relative periods read against " + month;
    }

    /** How many claims have {@code verdict}. */
    public long count(Verdict verdict) {
        return claims.stream().filter(c -> c.verdict() == verdict).count();
    }
}
