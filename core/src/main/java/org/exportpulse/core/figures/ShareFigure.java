package org.exportpulse.core.figures;

import java.math.BigDecimal;
import java.util.List;

/**
 * The month's value as a percentage of one denominator listed for the series.
 *
 * @param denominator the denominator as listed ({@code a+b})
 * @param basis what the denominator is, from its series' titles
 * @param denominatorValue the denominator's value in the numerator's unit; {@code null} when a part
 *     is missing
 * @param pct percent, unrounded; {@code null} when the numerator or a part of the denominator is
 *     missing
 * @param missing what is lacking, as {@code series period}
 */
public record ShareFigure(
        String denominator, String basis, BigDecimal denominatorValue, BigDecimal pct, List<String> missing) {

    public ShareFigure {
        missing = List.copyOf(missing);
    }
}
