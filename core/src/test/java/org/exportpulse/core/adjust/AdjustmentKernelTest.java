package org.exportpulse.core.adjust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.exportpulse.core.series.Unit;
import org.exportpulse.core.testkit.InMemorySource;
import org.exportpulse.core.time.MonthSpan;
import org.junit.jupiter.api.Test;

class AdjustmentKernelTest {

    /** Records what it was given and returns the input as its own adjustment. */
    private static final class Recording implements SeasonalAdjuster {
        YearMonth first;
        double[] values;

        @Override
        public Decomposition adjust(YearMonth first, double[] values, AdjustmentSpec spec) {
            this.first = first;
            this.values = values;
            double[] zeros = new double[values.length];
            return new Decomposition(
                    false,
                    values,
                    values,
                    zeros,
                    zeros,
                    zeros,
                    zeros,
                    "(0 1 1)(0 1 1)",
                    Map.of(),
                    Map.of(),
                    List.of(),
                    List.of());
        }
    }

    private static Integer[] months(int n, int start) {
        Integer[] v = new Integer[n];
        for (int i = 0; i < n; i++) {
            v[i] = start + i;
        }
        return v;
    }

    @Test
    void the_longest_run_of_consecutive_months_is_adjusted_and_the_gap_named() {
        InMemorySource data = new InMemorySource()
                .monthly("xx.m", Unit.USD_MILLION, "")
                .values("xx.m", "2018-01", months(12, 100))
                .values("xx.m", "2019-03", months(40, 200));
        Recording engine = new Recording();
        Adjustment a =
                AdjustmentKernel.of(data, engine).compute("xx.m", AdjustmentSpec.defaultFor(AdjustmentSpec.Method.X13));
        assertThat(engine.first).isEqualTo(YearMonth.of(2019, 3));
        assertThat(engine.values).hasSize(40).startsWith(200.0);
        assertThat(a.last()).isEqualTo(YearMonth.of(2022, 6));
        assertThat(a.gapBefore()).contains(MonthSpan.of(YearMonth.of(2019, 1), YearMonth.of(2019, 2)));
        assertThat(a.gapAfter()).isEmpty();
    }

    @Test
    void under_36_consecutive_months_is_refused_with_the_run_named() {
        InMemorySource data =
                new InMemorySource().monthly("xx.m", Unit.USD_MILLION, "").values("xx.m", "2020-01", months(35, 100));
        assertThatThrownBy(() -> AdjustmentKernel.of(data, new Recording())
                        .compute("xx.m", AdjustmentSpec.defaultFor(AdjustmentSpec.Method.X13)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(
                        "xx.m: the longest run of consecutive months is 35 (2020-01 to 2022-11); seasonal adjustment"
                                + " needs at least 36");
    }

    @Test
    void presets_are_checked_against_the_method() {
        assertThat(new AdjustmentSpec(AdjustmentSpec.Method.TRAMO_SEATS, "rsafull").preset())
                .isEqualTo("RSAfull");
        assertThatThrownBy(() -> new AdjustmentSpec(AdjustmentSpec.Method.X13, "RSAfull"))
                .hasMessageContaining("expected one of RSA0, RSA1, RSA2, RSA3, RSA4, RSA5, RSAX11");
        assertThat(AdjustmentSpec.Method.parse("TRAMO-SEATS")).isEqualTo(AdjustmentSpec.Method.TRAMO_SEATS);
    }
}
