package org.exportpulse.check;

import java.time.LocalDate;
import java.util.List;

/**
 * The claims of one text and their verdicts, in text order.
 *
 * @param date the article's date as given or found in the text; {@code null} when neither
 * @param reference the latest month the text was taken to report on (relative periods resolve
 *     against it)
 * @param text the text as given
 */
public record CheckReport(LocalDate date, java.time.YearMonth reference, String text, List<CheckedClaim> claims) {

    public CheckReport {
        claims = List.copyOf(claims);
    }

    /** How many claims have {@code verdict}. */
    public long count(Verdict verdict) {
        return claims.stream().filter(c -> c.verdict() == verdict).count();
    }
}
