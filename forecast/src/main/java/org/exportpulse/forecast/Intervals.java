package org.exportpulse.forecast;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntToDoubleFunction;
import org.exportpulse.core.forecast.Forecast;

/** Normal prediction intervals around point forecasts from the standard deviation at each horizon. */
final class Intervals {

    private Intervals() {}

    /**
     * @param sd the forecast standard deviation at horizon h (1-based)
     */
    static List<Forecast.Interval> normal(double[] mean, IntToDoubleFunction sd, List<Integer> levels) {
        List<Forecast.Interval> intervals = new ArrayList<>();
        for (int level : levels) {
            double z = Normal.multiplier(level);
            double[] lower = new double[mean.length];
            double[] upper = new double[mean.length];
            for (int h = 0; h < mean.length; h++) {
                double half = z * sd.applyAsDouble(h + 1);
                lower[h] = mean[h] - half;
                upper[h] = mean[h] + half;
            }
            intervals.add(new Forecast.Interval(level, lower, upper));
        }
        return intervals;
    }
}
