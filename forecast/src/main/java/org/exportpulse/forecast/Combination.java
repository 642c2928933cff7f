package org.exportpulse.forecast;

import java.util.ArrayList;
import java.util.List;
import org.exportpulse.core.forecast.Forecast;
import org.exportpulse.core.forecast.Forecaster;

/**
 * The equal-weight combination of several methods: the point forecast is the mean of theirs, each
 * interval bound the mean of theirs (as R's {@code forecastHybrid} does). Combining methods whose
 * errors differ is one of the most reliable ways to forecast better than any one of them (M3, M4).
 * If a member cannot forecast a series, the combination fails with its message: it never quietly
 * drops a member.
 */
public final class Combination implements Forecaster {

    private final String name;
    private final List<Forecaster> members;

    /**
     * @param name the method's name ({@code comb})
     * @param members at least two methods
     */
    public Combination(String name, List<Forecaster> members) {
        if (members.size() < 2) {
            throw new IllegalArgumentException("a combination needs at least two methods");
        }
        this.name = name;
        this.members = List.copyOf(members);
    }

    @Override
    public String name() {
        return name;
    }

    /** The members' names, in order. */
    public List<String> memberNames() {
        return members.stream().map(Forecaster::name).toList();
    }

    @Override
    public Forecast forecast(double[] y, int period, int horizon, List<Integer> levels) {
        Forecaster.requireFinite(name(), y);
        List<Forecast> parts = new ArrayList<>();
        for (Forecaster f : members) {
            parts.add(f.forecast(y, period, horizon, levels));
        }
        double k = parts.size();
        double[] mean = new double[horizon];
        for (Forecast p : parts) {
            for (int h = 0; h < horizon; h++) {
                mean[h] += p.mean(h) / k;
            }
        }
        List<Forecast.Interval> intervals = new ArrayList<>();
        for (int i = 0; i < levels.size(); i++) {
            double[] lower = new double[horizon];
            double[] upper = new double[horizon];
            for (Forecast p : parts) {
                Forecast.Interval in = p.intervals().get(i);
                for (int h = 0; h < horizon; h++) {
                    lower[h] += in.lower(h) / k;
                    upper[h] += in.upper(h) / k;
                }
            }
            intervals.add(new Forecast.Interval(levels.get(i), lower, upper));
        }
        String model = String.join(" + ", parts.stream().map(Forecast::model).toList());
        return new Forecast(name, model, mean, intervals);
    }
}
