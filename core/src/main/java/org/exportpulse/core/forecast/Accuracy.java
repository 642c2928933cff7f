package org.exportpulse.core.forecast;

/**
 * Forecast accuracy as the M4 competition measures it.
 *
 * <ul>
 *   <li>sMAPE: the mean of {@code 200 |y - f| / (|y| + |f|)}, in percent;
 *   <li>MASE: the mean absolute error over the in-sample mean absolute error of the seasonal naive
 *       method ({@code |y(t) - y(t - m)|});
 *   <li>coverage: the percentage of actual values inside an interval.
 * </ul>
 */
public final class Accuracy {

    private Accuracy() {}

    public static double smape(double[] actual, double[] forecast) {
        double sum = 0;
        for (int i = 0; i < actual.length; i++) {
            double den = Math.abs(actual[i]) + Math.abs(forecast[i]);
            sum += den == 0 ? 0 : 200 * Math.abs(actual[i] - forecast[i]) / den;
        }
        return sum / actual.length;
    }

    /**
     * @throws IllegalArgumentException when the training part is not longer than one season, or
     *     constant over seasons (the scale would be zero)
     */
    public static double mase(double[] train, double[] actual, double[] forecast, int period) {
        if (train.length <= period) {
            throw new IllegalArgumentException("MASE needs more than one season of training data");
        }
        double scale = 0;
        for (int t = period; t < train.length; t++) {
            scale += Math.abs(train[t] - train[t - period]);
        }
        scale /= train.length - period;
        if (scale == 0) {
            throw new IllegalArgumentException("MASE is undefined: the training data repeat exactly every season");
        }
        double mae = 0;
        for (int i = 0; i < actual.length; i++) {
            mae += Math.abs(actual[i] - forecast[i]);
        }
        return mae / actual.length / scale;
    }

    public static double coverage(double[] actual, Forecast.Interval interval) {
        int inside = 0;
        for (int i = 0; i < actual.length; i++) {
            if (actual[i] >= interval.lower(i) && actual[i] <= interval.upper(i)) {
                inside++;
            }
        }
        return 100.0 * inside / actual.length;
    }
}
