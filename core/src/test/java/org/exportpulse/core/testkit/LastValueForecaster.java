package org.exportpulse.core.testkit;

import java.util.Arrays;
import java.util.List;
import org.exportpulse.core.forecast.Forecast;
import org.exportpulse.core.forecast.Forecaster;

/**
 * A forecaster for kernel tests: the last value for every horizon, with zero-width intervals. Kernels
 * that take a {@link Forecaster} are tested with it where the numbers must be worked out by hand; the
 * real engines live in the forecast module and run its {@code ForecasterContract}.
 */
public final class LastValueForecaster implements Forecaster {

    @Override
    public String name() {
        return "last";
    }

    @Override
    public Forecast forecast(double[] y, int period, int horizon, List<Integer> levels) {
        if (y.length < 1) {
            throw new IllegalArgumentException("last needs at least 1 value");
        }
        double[] mean = new double[horizon];
        Arrays.fill(mean, y[y.length - 1]);
        return new Forecast(
                name(),
                mean,
                levels.stream()
                        .map(level -> new Forecast.Interval(level, mean.clone(), mean.clone()))
                        .toList());
    }
}
