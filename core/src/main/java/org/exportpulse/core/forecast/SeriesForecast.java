package org.exportpulse.core.forecast;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import org.exportpulse.core.series.MonthRuns;
import org.exportpulse.core.series.NotFoundException;
import org.exportpulse.core.series.ObservationSource;
import org.exportpulse.core.series.Series;

/**
 * A forecast of a stored monthly series from its longest run of consecutive months (derived months
 * count; nothing is interpolated).
 *
 * @param first first month the method saw
 * @param last last month it saw; forecasts start the month after
 * @param months how many months it saw
 */
public record SeriesForecast(Series series, YearMonth first, YearMonth last, int months, Forecast forecast) {

    /** Fewer consecutive months than this give no forecast. */
    public static final int MINIMUM_MONTHS = 24;

    /**
     * @throws NotFoundException when the series is unknown or has no values
     * @throws IllegalArgumentException when it is not monthly, its longest run is under {@link
     *     #MINIMUM_MONTHS} months, or the horizon is outside 1 … 120
     */
    public static SeriesForecast of(
            ObservationSource source, String seriesId, Forecaster method, int horizon, List<Integer> levels) {
        Objects.requireNonNull(method, "method");
        if (horizon < 1 || horizon > 120) {
            throw new IllegalArgumentException("horizon " + horizon + " is out of range (expected 1 to 120 months)");
        }
        MonthRuns.Run run = MonthRuns.longestOf(source, seriesId, "a forecast", MINIMUM_MONTHS);
        double[] y = run.values();
        return new SeriesForecast(
                run.series(), run.first(), run.last(), y.length, method.forecast(y, 12, horizon, levels));
    }

    /** The month of forecast {@code h} (0 for one step ahead). */
    public YearMonth period(int h) {
        return last.plusMonths(h + 1L);
    }
}
