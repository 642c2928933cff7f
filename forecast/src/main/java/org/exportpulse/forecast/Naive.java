package org.exportpulse.forecast;

import java.util.Arrays;
import java.util.List;
import org.exportpulse.core.forecast.Forecast;
import org.exportpulse.core.forecast.Forecaster;

/** Naive: the last value for every horizon; intervals from the standard deviation of first differences, times √h. */
public final class Naive implements Forecaster {

    @Override
    public String name() {
        return "naive";
    }

    @Override
    public Forecast forecast(double[] y, int period, int horizon, List<Integer> levels) {
        Forecaster.requireFinite(name(), y);
        if (y.length < 2) {
            throw new IllegalArgumentException("naive needs at least 2 values; got " + y.length);
        }
        double[] mean = new double[horizon];
        Arrays.fill(mean, y[y.length - 1]);
        double ss = 0;
        for (int t = 1; t < y.length; t++) {
            ss += (y[t] - y[t - 1]) * (y[t] - y[t - 1]);
        }
        double sigma = Math.sqrt(ss / (y.length - 1));
        return new Forecast(name(), mean, Intervals.normal(mean, h -> sigma * Math.sqrt(h), levels));
    }
}
