package org.exportpulse.core.figures;

import java.time.YearMonth;
import java.util.List;
import org.exportpulse.core.series.Observation;
import org.exportpulse.core.series.Series;

/**
 * The figures analysts quote for one month of a monthly series: value, month-on-month,
 * year-on-year, fiscal year to date, rolling twelve months, records, the year-on-year streak and
 * shares of the listed denominators. Every figure that could not be computed is {@code null} and
 * names what it lacked; {@link #missing()} gathers all of that, {@link #inputs()} every stored
 * value used.
 *
 * @param observation the month's current observation; {@code null} when the month has no value
 * @param missing every lacking input: this series' months as {@code 2025-05}, other series' as
 *     {@code series period}
 */
public record HeadlineFigures(
        Series series,
        YearMonth period,
        Observation observation,
        Comparison previous,
        Comparison yearAgo,
        FiscalYearToDate fytd,
        RollingTwelveMonths r12,
        List<RecordMark> records,
        List<Streak> streaks,
        List<ShareFigure> shares,
        List<String> missing,
        List<InputRef> inputs) {

    public HeadlineFigures {
        records = List.copyOf(records);
        streaks = List.copyOf(streaks);
        shares = List.copyOf(shares);
        missing = List.copyOf(missing);
        inputs = List.copyOf(inputs);
    }
}
