package org.exportpulse.export;

import java.util.ArrayList;
import java.util.List;
import org.exportpulse.core.adjust.Adjustment;
import org.exportpulse.core.forecast.Forecast;
import org.exportpulse.core.forecast.SeriesForecast;

/**
 * Seasonal adjustments and forecasts as tables, for CSV and XLSX: the columns of {@code pulse adjust
 * --format csv} and {@code pulse forecast --format csv}, numbers as numbers.
 */
public final class ModelTables {

    private ModelTables() {}

    /**
     * A row per month: {@code period, original, seasonally_adjusted, trend, seasonal, irregular,
     * calendar, seasonal_factor, derived} (components in the series' unit; the factor is 1 or 0 in
     * additive decompositions as JDemetra+ gives it; {@code derived} true for a month derived from
     * published totals).
     */
    public static DataTable adjustment(Adjustment a) {
        DataTable.Builder table = DataTable.with(
                "period",
                "original",
                "seasonally_adjusted",
                "trend",
                "seasonal",
                "irregular",
                "calendar",
                "seasonal_factor",
                "derived");
        for (Adjustment.Row r : a.rows()) {
            table.row(
                    r.month().toString(),
                    r.original(),
                    r.seasonallyAdjusted(),
                    r.trend(),
                    r.seasonal(),
                    r.irregular(),
                    r.calendar(),
                    r.seasonalFactor(),
                    r.derived());
        }
        return table.build();
    }

    /** A row per month ahead: {@code period, mean}, then {@code lowerL, upperL} for each level L (percent). */
    public static DataTable forecast(SeriesForecast s) {
        Forecast f = s.forecast();
        List<String> columns = new ArrayList<>(List.of("period", "mean"));
        for (Forecast.Interval i : f.intervals()) {
            columns.add("lower" + i.level());
            columns.add("upper" + i.level());
        }
        List<List<Object>> rows = new ArrayList<>();
        for (int h = 0; h < f.mean().length; h++) {
            List<Object> row = new ArrayList<>(List.of(s.period(h).toString(), f.mean(h)));
            for (Forecast.Interval i : f.intervals()) {
                row.add(i.lower(h));
                row.add(i.upper(h));
            }
            rows.add(row);
        }
        return new DataTable(columns, rows);
    }
}
