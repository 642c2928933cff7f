package org.exportpulse.jdemetra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.exportpulse.core.forecast.Forecast;
import org.junit.jupiter.api.Test;

class TramoArimaTest {

    private final TramoArima arima = new TramoArima();

    static double[] airPassengers() throws Exception {
        try (InputStream in = TramoArimaTest.class.getResourceAsStream("/classic/AirPassengers.csv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .skip(1)
                    .mapToDouble(l -> Double.parseDouble(l.split(",")[1]))
                    .toArray();
        }
    }

    @Test
    void finds_the_airline_model_in_logs_for_air_passengers_with_asymmetric_intervals() throws Exception {
        Forecast f = arima.forecast(airPassengers(), 12, 24, List.of(80, 95));

        assertThat(f.method()).isEqualTo("arima");
        assertThat(f.model()).isEqualTo("ARIMA(0,1,1)(0,1,1) in logs");
        assertThat(f.mean()).hasSize(24);
        // the July peak stays the peak a year ahead, and the level grows
        assertThat(f.mean()[6]).isGreaterThan(f.mean()[10]);
        assertThat(f.mean()[18]).isGreaterThan(f.mean()[6]);
        Forecast.Interval i80 = f.intervals().get(0);
        Forecast.Interval i95 = f.intervals().get(1);
        for (int h = 0; h < 24; h++) {
            assertThat(i95.lower()[h]).isLessThan(i80.lower()[h]);
            assertThat(i80.lower()[h]).isLessThan(f.mean()[h]);
            assertThat(i95.upper()[h]).isGreaterThan(i80.upper()[h]);
            // computed in logs: the median is the geometric middle, so the upper arm is the longer
            assertThat(i80.upper()[h] - f.mean()[h]).isGreaterThan(f.mean()[h] - i80.lower()[h]);
            assertThat(Math.sqrt(i80.lower()[h] * i80.upper()[h])).isCloseTo(f.mean()[h], within(1e-6 * f.mean()[h]));
        }
        assertThat(i80.upper()[23] - i80.lower()[23]).isGreaterThan(i80.upper()[0] - i80.lower()[0]);
    }

    @Test
    void a_series_with_zeros_and_negatives_is_modelled_in_levels() throws Exception {
        double[] y = airPassengers();
        for (int t = 0; t < y.length; t++) {
            y[t] -= 200;
        }
        Forecast f = arima.forecast(y, 12, 12, List.of(95));

        assertThat(f.model()).doesNotContain("logs");
        assertThat(Arrays.stream(f.mean()).allMatch(Double::isFinite)).isTrue();
    }

    @Test
    void too_short_a_series_or_an_odd_period_gets_a_clear_message() {
        assertThatThrownBy(() -> arima.forecast(new double[20], 12, 6, List.of(80)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("arima needs at least 36 values; got 20");
        assertThatThrownBy(() -> arima.forecast(new double[100], 7, 6, List.of(80)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("period 7");
    }
}
