package org.exportpulse.core.transform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import org.exportpulse.core.series.SeriesKind;
import org.exportpulse.core.time.FiscalCalendar;
import org.junit.jupiter.api.Test;

/** Quarters from months, by the series' kind or by an explicit method. */
class AggregationTest {

    /** January to May: the first quarter complete, the second missing June. */
    private static final MonthlyColumn X = new MonthlyColumn(YearMonth.of(2024, 1), new double[] {1, 2, 6, 4, 5});

    @Test
    void each_method_makes_the_quarter_its_own_way_and_an_incomplete_quarter_is_missing_for_sum_and_avg() {
        assertThat(quarters(Aggregation.Method.SUM)).containsExactly(9.0, Double.NaN);
        assertThat(quarters(Aggregation.Method.AVG)).containsExactly(3.0, Double.NaN);
        assertThat(quarters(Aggregation.Method.EOP)).containsExactly(6.0, Double.NaN);
    }

    @Test
    void the_default_method_follows_the_kind() {
        assertThat(Aggregation.Method.of(SeriesKind.FLOW)).isEqualTo(Aggregation.Method.SUM);
        assertThat(Aggregation.Method.of(SeriesKind.RATE)).isEqualTo(Aggregation.Method.AVG);
        assertThat(Aggregation.Method.of(SeriesKind.STOCK)).isEqualTo(Aggregation.Method.EOP);
        assertThat(values(Aggregation.aggregate(
                        X, SeriesKind.RATE, Aggregation.Target.QUARTER, FiscalCalendar.JULY_TO_JUNE)))
                .isEqualTo(quarters(Aggregation.Method.AVG));
    }

    private static List<Double> quarters(Aggregation.Method method) {
        return values(Aggregation.aggregate(X, method, Aggregation.Target.QUARTER, FiscalCalendar.JULY_TO_JUNE));
    }

    private static List<Double> values(List<Aggregation.Value> values) {
        return values.stream().map(Aggregation.Value::value).toList();
    }
}
