package org.exportpulse.forecast;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.exportpulse.core.forecast.Forecast;
import org.exportpulse.core.forecast.Forecaster;

/**
 * The Theta method as in R's {@code forecast::thetaf} and the M4 benchmark: when a 90% test on the
 * autocorrelation at the seasonal lag finds seasonality, a classical multiplicative decomposition
 * takes it out; simple exponential smoothing (smoothing weight and initial level by least squares)
 * plus half the slope of a linear trend forecasts the adjusted series; the seasonal indices are put
 * back. Intervals are those of simple exponential smoothing, scaled by the seasonal indices. A series
 * with a negative value, or whose indices come out zero or undefined (a zero trend), is forecast
 * without the decomposition; a constant series gets itself as forecast with zero-width intervals.
 */
public final class Theta implements Forecaster {

    @Override
    public String name() {
        return "theta";
    }

    @Override
    public Forecast forecast(double[] y, int period, int horizon, List<Integer> levels) {
        Forecaster.requireFinite(name(), y);
        int n = y.length;
        if (n < 4) {
            throw new IllegalArgumentException("theta needs at least 4 values; got " + n);
        }
        double[] indices = isSeasonal(y, period) ? Decomposition.multiplicativeIndices(y, period) : null;
        if (indices != null && Arrays.stream(indices).anyMatch(i -> !(i > 0) || !Double.isFinite(i))) {
            indices = null; // a zero trend or an all-zero season: no usable indices, forecast without them
        }
        double[] x = indices == null ? y.clone() : Decomposition.adjust(y, indices);
        Ses ses = Ses.fit(x);
        double slope = Decomposition.slope(x) / 2;
        double alpha = Math.max(1e-10, ses.alpha());
        double[] mean = new double[horizon];
        double shift = (1 - Math.pow(1 - alpha, n)) / alpha;
        for (int h = 0; h < horizon; h++) {
            mean[h] = ses.level() + slope * (h + shift);
        }
        double sigma = Math.sqrt(ses.sse() / Math.max(1, n - 2));
        List<Forecast.Interval> intervals =
                Intervals.normal(mean, h -> sigma * Math.sqrt(1 + alpha * alpha * (h - 1)), levels);
        if (indices != null) {
            mean = reseason(mean, indices, n);
            List<Forecast.Interval> seasonal = new ArrayList<>();
            for (Forecast.Interval i : intervals) {
                seasonal.add(new Forecast.Interval(
                        i.level(), reseason(i.lower(), indices, n), reseason(i.upper(), indices, n)));
            }
            intervals = seasonal;
        }
        return new Forecast(name(), mean, intervals);
    }

    /** R's test: |r(m)| above 1.645 times its standard error under white noise up to lag m − 1. */
    static boolean isSeasonal(double[] y, int period) {
        if (period <= 1 || y.length < 2 * period || Arrays.stream(y).anyMatch(v -> v < 0)) {
            return false; // a multiplicative decomposition cannot take negative values: such series go without it
        }
        double[] r = Decomposition.acf(y, period);
        double sum = 0;
        for (int k = 1; k < period; k++) {
            sum += r[k] * r[k];
        }
        double se = Math.sqrt((1 + 2 * sum) / y.length);
        return Math.abs(r[period]) / se > 1.6448536269514722;
    }

    private static double[] reseason(double[] values, double[] indices, int n) {
        double[] out = new double[values.length];
        for (int h = 0; h < values.length; h++) {
            out[h] = values[h] * indices[(n + h) % indices.length];
        }
        return out;
    }
}
