package org.exportpulse.core.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.exportpulse.core.adjust.Decomposition;
import org.exportpulse.core.transform.MonthlyColumn;
import org.junit.jupiter.api.Test;

/** Results that carry arrays copy them in and out, and compare by value. */
class ImmutableResultsTest {

    @Test
    void a_forecast_cannot_be_changed_through_its_arrays_and_equals_by_value() {
        double[] mean = {1, 2, 3};
        double[] lower = {0, 1, 2};
        double[] upper = {2, 3, 4};
        Forecast f = new Forecast("x", mean, List.of(new Forecast.Interval(80, lower, upper)));
        mean[0] = 99;
        lower[0] = 99;
        f.mean()[1] = 99;
        f.intervals().get(0).upper()[2] = 99;
        assertThat(f.mean()).containsExactly(1, 2, 3);
        assertThat(f.intervals().get(0).lower()).containsExactly(0, 1, 2);
        assertThat(f.intervals().get(0).upper()).containsExactly(2, 3, 4);
        Forecast same = new Forecast(
                "x",
                new double[] {1, 2, 3},
                List.of(new Forecast.Interval(80, new double[] {0, 1, 2}, new double[] {2, 3, 4})));
        assertThat(f).isEqualTo(same).hasSameHashCodeAs(same);
        assertThat(f).isNotEqualTo(Forecast.constant("x", 1, 3, List.of(80)));
        assertThat(f.horizon()).isEqualTo(3);
    }

    @Test
    void simulated_paths_are_copied_in_and_out() {
        double[][] drawn = {{1, 2}, {3, 4}};
        PathSimulator.SimulatedPaths paths = new PathSimulator.SimulatedPaths("m", drawn);
        drawn[0][0] = 99;
        paths.paths()[1][1] = 99;
        paths.path(0)[1] = 99;
        assertThat(paths.paths()[0]).containsExactly(1, 2);
        assertThat(paths.path(1)).containsExactly(3, 4);
        assertThat(paths.count()).isEqualTo(2);
        assertThat(paths).isEqualTo(new PathSimulator.SimulatedPaths("m", new double[][] {{1, 2}, {3, 4}}));
    }

    @Test
    void a_monthly_column_is_copied_in_and_out() {
        double[] values = {1, Double.NaN, 3};
        MonthlyColumn c = new MonthlyColumn(YearMonth.of(2025, 1), values);
        values[0] = 99;
        c.values()[2] = 99;
        assertThat(c.values()).containsExactly(1, Double.NaN, 3);
        assertThat(c).isEqualTo(new MonthlyColumn(YearMonth.of(2025, 1), new double[] {1, Double.NaN, 3}));
        assertThat(c).isNotEqualTo(new MonthlyColumn(YearMonth.of(2025, 2), new double[] {1, Double.NaN, 3}));
    }

    @Test
    void a_decomposition_is_copied_in_and_out() {
        double[] sa = {1, 2};
        Decomposition d = decomposition(sa);
        sa[0] = 99;
        d.seasonallyAdjusted()[1] = 99;
        assertThat(d.seasonallyAdjusted()).containsExactly(1, 2);
        assertThat(d).isEqualTo(decomposition(new double[] {1, 2}));
    }

    private static Decomposition decomposition(double[] adjusted) {
        return new Decomposition(
                true,
                adjusted,
                new double[2],
                new double[2],
                new double[2],
                new double[2],
                new double[2],
                "(0 1 1)(0 1 1)",
                Map.of(),
                Map.of(),
                List.of(),
                List.of());
    }

    @Test
    void a_backtest_series_is_copied_in_and_out() {
        double[] train = {1, 2, 3};
        Backtest.Series s = new Backtest.Series("a", train, new double[] {4});
        train[0] = 99;
        s.train()[1] = 99;
        assertThat(s.train()).containsExactly(1, 2, 3);
        assertThat(s).isEqualTo(new Backtest.Series("a", new double[] {1, 2, 3}, new double[] {4}));
    }
}
