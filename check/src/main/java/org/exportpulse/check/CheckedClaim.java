package org.exportpulse.check;

import java.math.BigDecimal;
import java.util.List;
import org.exportpulse.core.time.Period;

/**
 * A claim of a text and the data's verdict on it.
 *
 * @param start first index of the claim in the text as given (Java {@code String} index)
 * @param end index after the claim
 * @param text the claim's characters as given
 * @param series the series family checked against ({@code a+b} for a sum); {@code null} when the
 *     text names none
 * @param period the period the claim is about; {@code null} when the text gives none
 * @param claimed the stated number, normalised: amounts in USD million (PKR million for rupee
 *     amounts), changes and shares in percent; {@code null} for a record claim without a number
 * @param actual the data's figure in the same unit; {@code null} when the data lacks it
 * @param explanation why, in one or two sentences, with the correct figure and likely cause
 * @param sources source URLs of the values used
 */
public record CheckedClaim(
        int start,
        int end,
        String text,
        ClaimKind kind,
        String series,
        Period period,
        BigDecimal claimed,
        BigDecimal actual,
        Verdict verdict,
        String explanation,
        List<String> sources) {

    public CheckedClaim {
        sources = List.copyOf(sources);
    }
}
