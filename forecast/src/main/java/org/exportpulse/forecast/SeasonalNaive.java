package org.exportpulse.forecast;

import java.util.List;
import org.exportpulse.core.forecast.Forecast;
import org.exportpulse.core.forecast.Forecaster;

/**
 * Seasonal naive: each forecast repeats the value one season earlier. Intervals from the residual
 * standard deviation of {@code y(t) - y(t - m)}, growing with the number of whole seasons ahead
 * (as R's {@code snaive}).
 */
public final class SeasonalNaive implements Forecaster {

    @Override
    public String name() {
        return "snaive";
    }

    @Override
    public Forecast forecast(double[] y, int period, int horizon, List<Integer> levels) {
        Forecaster.requireFinite(name(), y);
        if (y.length < period + 1) {
            throw new IllegalArgumentException(
                    "seasonal naive needs more than one season (" + period + " values); got " + y.length);
        }
        int n = y.length;
        double[] mean = new double[horizon];
        for (int h = 0; h < horizon; h++) {
            mean[h] = y[n - period + (h % period)];
        }
        double ss = 0;
        for (int t = period; t < n; t++) {
            double e = y[t] - y[t - period];
            ss += e * e;
        }
        double sigma = Math.sqrt(ss / (n - period));
        return new Forecast(name(), mean, Intervals.normal(mean, h -> sigma * Math.sqrt((h - 1) / period + 1), levels));
    }
}
