package org.exportpulse.core.forecast;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Scores a method on a set of series split into training and test parts: the method sees only the
 * training part; the test part is read only to score (sMAPE, MASE, coverage of the 80% and 95%
 * intervals), averaged over the series. Series are forecast in parallel (on the common fork-join
 * pool); the result does not depend on the order they finish in.
 */
public final class Backtest {

    /** One series of a competition set; {@code test} may be empty when only forecasts are wanted. */
    public record Series(String id, double[] train, double[] test) {

        public Series {
            train = train.clone();
            test = test.clone();
        }

        /** A copy of the training part. */
        @Override
        public double[] train() {
            return train.clone();
        }

        /** A copy of the test part. */
        @Override
        public double[] test() {
            return test.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Series s
                    && id.equals(s.id)
                    && Arrays.equals(train, s.train)
                    && Arrays.equals(test, s.test);
        }

        @Override
        public int hashCode() {
            return 31 * id.hashCode() + Arrays.hashCode(train) + 17 * Arrays.hashCode(test);
        }

        @Override
        public String toString() {
            return "Series[id=" + id + ", train=" + train.length + ", test=" + test.length + "]";
        }
    }

    /** The forecasts and, when test data exist, the mean scores. */
    public record Result(
            String method,
            int series,
            int horizon,
            double smape,
            double mase,
            double coverage80,
            double coverage95,
            List<double[]> forecasts,
            List<String> ids) {}

    private Backtest() {}

    /** The forecast, or the method's refusal (kept so that the first failing series is the one reported). */
    private static Object attempt(Forecaster method, Series s, int period, int horizon) {
        try {
            return method.forecast(s.train(), period, horizon, List.of(80, 95));
        } catch (IllegalArgumentException e) {
            return e;
        }
    }

    /**
     * @throws IllegalArgumentException naming the series when one cannot be forecast or scored
     */
    public static Result run(List<Series> set, Forecaster method, int period, int horizon) {
        double smape = 0;
        double mase = 0;
        double c80 = 0;
        double c95 = 0;
        int scored = 0;
        List<double[]> forecasts = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        List<Object> outcomes = IntStream.range(0, set.size())
                .parallel()
                .mapToObj(i -> attempt(method, set.get(i), period, horizon))
                .toList();
        for (int i = 0; i < set.size(); i++) {
            Series s = set.get(i);
            if (outcomes.get(i) instanceof IllegalArgumentException e) {
                throw new IllegalArgumentException("series " + s.id() + ": " + e.getMessage(), e);
            }
            Forecast f = (Forecast) outcomes.get(i);
            forecasts.add(f.mean());
            ids.add(s.id());
            if (s.test().length >= horizon) {
                double[] actual = Arrays.copyOf(s.test(), horizon);
                smape += Accuracy.smape(actual, f.mean());
                try {
                    mase += Accuracy.mase(s.train(), actual, f.mean(), period);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("series " + s.id() + ": " + e.getMessage(), e);
                }
                c80 += Accuracy.coverage(actual, f.intervals().get(0));
                c95 += Accuracy.coverage(actual, f.intervals().get(1));
                scored++;
            }
        }
        double k = Math.max(1, scored);
        return new Result(
                method.name(),
                set.size(),
                horizon,
                scored == 0 ? Double.NaN : smape / k,
                scored == 0 ? Double.NaN : mase / k,
                scored == 0 ? Double.NaN : c80 / k,
                scored == 0 ? Double.NaN : c95 / k,
                forecasts,
                ids);
    }
}
