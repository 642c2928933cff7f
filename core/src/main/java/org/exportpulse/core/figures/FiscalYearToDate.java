package org.exportpulse.core.figures;

import java.math.BigDecimal;
import java.util.List;
import org.exportpulse.core.time.FiscalYear;
import org.exportpulse.core.time.MonthSpan;

/**
 * Fiscal year to date: the sum of the monthly values from the fiscal-year start through the
 * month, against the same months a year earlier, with the publisher's own cumulative figures
 * beside them where they exist.
 *
 * @param value sum over {@code span}; {@code null} when a month is missing
 * @param yearAgoValue sum over {@code yearAgoSpan}; {@code null} when a month is missing
 * @param published the publisher's cumulative value for {@code span}, {@code null} when none
 * @param yearAgoPublished the publisher's cumulative value for {@code yearAgoSpan}, {@code null}
 *     when none
 * @param missing months lacking (this series' months as {@code 2025-05})
 */
public record FiscalYearToDate(
        FiscalYear fiscalYear,
        MonthSpan span,
        BigDecimal value,
        MonthSpan yearAgoSpan,
        BigDecimal yearAgoValue,
        BigDecimal change,
        BigDecimal pct,
        BigDecimal published,
        BigDecimal yearAgoPublished,
        List<String> missing) {

    public FiscalYearToDate {
        missing = List.copyOf(missing);
    }
}
