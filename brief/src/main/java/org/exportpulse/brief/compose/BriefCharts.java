package org.exportpulse.brief.compose;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/**
 * The data behind the brief's charts; each list is empty when the data does not support the chart.
 *
 * @param months recent monthly values with the year-on-year change ({@code null} where a year-ago
 *     value is missing), oldest first, in USD million
 * @param fiscalYears the same span of each fiscal year ({@code Jul–Dec}), oldest first
 * @param shares the share of the series in each listed denominator with data, by fiscal year
 * @param peers ICT service exports of the compared economies in the latest World Bank year, largest
 *     first, in USD
 * @param fan the next twelve months' forecast with its intervals; empty when the series cannot be
 *     forecast
 */
public record BriefCharts(
        List<MonthBar> months,
        List<FiscalYearBar> fiscalYears,
        List<SharePoint> shares,
        String shareBasis,
        List<PeerBar> peers,
        String peerYear,
        List<FanPoint> fan,
        String fanMethod) {

    public BriefCharts {
        months = List.copyOf(months);
        fiscalYears = List.copyOf(fiscalYears);
        shares = List.copyOf(shares);
        peers = List.copyOf(peers);
        fan = List.copyOf(fan);
    }

    public record MonthBar(YearMonth month, BigDecimal value, BigDecimal yoyPct, boolean derived) {}

    public record FiscalYearBar(String label, BigDecimal value) {}

    /** @param denominator which total, with its basis ({@code goods and services, PBS basis}) */
    public record SharePoint(String denominator, String period, BigDecimal pct) {}

    public record PeerBar(String code, String name, BigDecimal valueUsd, boolean self) {}

    /** A month of the forecast fan: 80% and 95% bounds around the point forecast. */
    public record FanPoint(
            YearMonth month, double mean, double lower80, double upper80, double lower95, double upper95) {}
}
