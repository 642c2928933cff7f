package org.exportpulse.core.forecast;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Point forecasts for horizons 1 … h and prediction intervals at the requested levels. Immutable:
 * arrays are copied in and out, and two forecasts are equal when every field and value is.
 *
 * @param method what produced it ({@code theta}, {@code snaive}, {@code ets}, …)
 * @param model the model the method chose or fitted, e.g. {@code ETS(M,Ad,M)}; the method's name
 *     when it has no choice to make
 * @param mean point forecasts, index 0 for one step ahead
 */
public record Forecast(String method, String model, double[] mean, List<Interval> intervals) {

    public Forecast {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(model, "model");
        mean = mean.clone();
        intervals = List.copyOf(intervals);
    }

    /** A constant series forecast as itself, with zero-width intervals (model {@code constant}). */
    public static Forecast constant(String method, double value, int horizon, List<Integer> levels) {
        double[] mean = new double[horizon];
        Arrays.fill(mean, value);
        List<Interval> intervals =
                levels.stream().map(level -> new Interval(level, mean, mean)).toList();
        return new Forecast(method, "constant", mean, intervals);
    }

    /** A forecast by a method with no model choice. */
    public Forecast(String method, double[] mean, List<Interval> intervals) {
        this(method, method, mean, intervals);
    }

    /** A copy of the point forecasts, index 0 for one step ahead. */
    @Override
    public double[] mean() {
        return mean.clone();
    }

    /** The point forecast {@code h + 1} steps ahead (no copy). */
    public double mean(int h) {
        return mean[h];
    }

    /** How many steps ahead. */
    public int horizon() {
        return mean.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Forecast other
                && method.equals(other.method)
                && model.equals(other.model)
                && Arrays.equals(mean, other.mean)
                && intervals.equals(other.intervals);
    }

    @Override
    public int hashCode() {
        return Objects.hash(method, model, Arrays.hashCode(mean), intervals);
    }

    @Override
    public String toString() {
        return "Forecast[method=" + method + ", model=" + model + ", mean=" + Arrays.toString(mean) + ", intervals="
                + intervals + "]";
    }

    /**
     * An interval's bounds for horizons 1 … h; immutable like the forecast.
     *
     * @param level coverage in percent (80, 95)
     */
    public record Interval(int level, double[] lower, double[] upper) {

        public Interval {
            if (lower.length != upper.length) {
                throw new IllegalArgumentException("an interval needs as many lower as upper bounds; got "
                        + lower.length + " and " + upper.length);
            }
            lower = lower.clone();
            upper = upper.clone();
        }

        /** A copy of the lower bounds. */
        @Override
        public double[] lower() {
            return lower.clone();
        }

        /** The lower bound {@code h + 1} steps ahead (no copy). */
        public double lower(int h) {
            return lower[h];
        }

        /** The upper bound {@code h + 1} steps ahead (no copy). */
        public double upper(int h) {
            return upper[h];
        }

        /** A copy of the upper bounds. */
        @Override
        public double[] upper() {
            return upper.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Interval other
                    && level == other.level
                    && Arrays.equals(lower, other.lower)
                    && Arrays.equals(upper, other.upper);
        }

        @Override
        public int hashCode() {
            return Objects.hash(level, Arrays.hashCode(lower), Arrays.hashCode(upper));
        }

        @Override
        public String toString() {
            return "Interval[level=" + level + ", lower=" + Arrays.toString(lower) + ", upper=" + Arrays.toString(upper)
                    + "]";
        }
    }
}
