package org.exportpulse.core.outlook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.YearMonth;
import java.util.Arrays;
import org.exportpulse.core.forecast.PathSimulator;
import org.exportpulse.core.series.Unit;
import org.exportpulse.core.testkit.InMemorySource;
import org.exportpulse.core.time.FiscalCalendar;
import org.exportpulse.core.time.FiscalYear;
import org.junit.jupiter.api.Test;

class OutlookKernelTest {

    static final FiscalYear FY25 = FiscalCalendar.JULY_TO_JUNE.fiscalYear(2025);

    /** 100 a month from July 2022 to February 2025. */
    static InMemorySource hundreds() {
        Integer[] values = new Integer[32];
        Arrays.fill(values, 100);
        return new InMemorySource().monthly("x", Unit.parse("USD million"), "").values("x", "2022-07", values);
    }

    /** Half the paths 90 a month, half 110; records what it was asked. */
    static final class TwoPaths implements PathSimulator {
        double[] y;
        int horizon;

        @Override
        public SimulatedPaths simulate(double[] y, int period, int horizon, int count, long seed) {
            this.y = y;
            this.horizon = horizon;
            double[][] paths = new double[count][horizon];
            for (int p = 0; p < count; p++) {
                Arrays.fill(paths[p], p % 2 == 0 ? 90 : 110);
            }
            return new SimulatedPaths("two paths", paths);
        }
    }

    @Test
    void adds_simulated_remaining_months_to_the_reported_ones_and_reads_the_total_from_the_paths() {
        TwoPaths sim = new TwoPaths();
        FiscalYearOutlook o = OutlookKernel.of(hundreds(), sim)
                .compute(OutlookSpec.of("x", FY25).withTarget(1300.0));

        assertThat(sim.y).hasSize(32);
        assertThat(sim.horizon).isEqualTo(4);
        assertThat(o.actual()).hasSize(8);
        assertThat(o.actualTotal()).isEqualTo(800);
        assertThat(o.remaining())
                .containsExactly(
                        YearMonth.of(2025, 3), YearMonth.of(2025, 4), YearMonth.of(2025, 5), YearMonth.of(2025, 6));
        assertThat(o.paths()).isEqualTo(OutlookKernel.PATHS);
        assertThat(o.fit())
                .contains(new FiscalYearOutlook.Fit("two paths", 32, YearMonth.of(2022, 7), YearMonth.of(2025, 2)));
        // totals: 800 + 4 × 90 = 1160 on half the paths, 800 + 4 × 110 = 1240 on the other half
        FiscalYearOutlook.Distribution t = o.total();
        assertThat(t.mean()).isCloseTo(1200, within(1e-9));
        assertThat(t.median()).isCloseTo(1200, within(1e-9));
        assertThat(t.lower80()).isEqualTo(1160);
        assertThat(t.upper80()).isEqualTo(1240);
        assertThat(o.monthly().get(0).mean()).isCloseTo(100, within(1e-9));

        FiscalYearOutlook.Goal lastYear = o.lastYear().orElseThrow();
        assertThat(lastYear.name()).isEqualTo("FY24");
        assertThat(lastYear.value()).isEqualTo(1200);
        assertThat(lastYear.requiredMonthlyAverage()).isCloseTo(100, within(1e-9));
        assertThat(lastYear.requiredGrowth()).isCloseTo(0, within(1e-9));
        assertThat(lastYear.probability()).isCloseTo(50, within(1e-9));
        assertThat(lastYear.projectedChange()).isCloseTo(0, within(1e-9));

        FiscalYearOutlook.Goal target = o.target().orElseThrow();
        assertThat(target.requiredMonthlyAverage()).isCloseTo(125, within(1e-9));
        assertThat(target.requiredGrowth()).isCloseTo(25, within(1e-9));
        assertThat(target.probability()).isEqualTo(0);
        assertThat(target.reached()).isFalse();
    }

    @Test
    void a_target_the_reported_months_already_reach_is_said_to_be_reached() {
        FiscalYearOutlook o = OutlookKernel.of(hundreds(), new TwoPaths())
                .compute(OutlookSpec.of("x", FY25).withTarget(700.0));
        FiscalYearOutlook.Goal target = o.target().orElseThrow();
        assertThat(target.reached()).isTrue();
        assertThat(target.requiredMonthlyAverage()).isZero();
        assertThat(target.requiredGrowth()).isNaN();
        assertThat(target.probability()).isEqualTo(100);
    }

    @Test
    void a_complete_fiscal_year_is_its_sum_without_simulation() {
        FiscalYearOutlook o = OutlookKernel.of(hundreds(), new TwoPaths())
                .compute(OutlookSpec.of("x", FiscalCalendar.JULY_TO_JUNE.fiscalYear(2024)));
        assertThat(o.remaining()).isEmpty();
        assertThat(o.paths()).isZero();
        assertThat(o.total().lower95()).isEqualTo(1200);
        assertThat(o.total().upper95()).isEqualTo(1200);
        assertThat(o.target()).isEmpty();
        assertThat(o.fit()).isEmpty();
    }

    @Test
    void bad_requests_get_clear_answers() {
        OutlookKernel k = OutlookKernel.of(hundreds(), new TwoPaths());
        assertThatThrownBy(() -> k.compute(OutlookSpec.of("x", FiscalCalendar.JULY_TO_JUNE.fiscalYear(2026))))
                .hasMessage("FY26 has no data yet: x ends 2025-02; an outlook needs at least one reported month of the"
                        + " fiscal year");
        assertThatThrownBy(() -> k.compute(OutlookSpec.of("x", FiscalCalendar.JULY_TO_JUNE.fiscalYear(2015))))
                .hasMessage("no data for FY15: x starts 2022-07");
        assertThatThrownBy(() -> k.compute(OutlookSpec.of("x", FY25).withTarget(-5.0)))
                .hasMessage("target -5.0 is not a positive amount");

        Integer[] values = new Integer[32];
        Arrays.fill(values, 100);
        values[26] = null; // 2024-09
        InMemorySource withGap =
                new InMemorySource().monthly("g", Unit.parse("USD million"), "").values("g", "2022-07", values);
        assertThatThrownBy(() -> OutlookKernel.of(withGap, new TwoPaths()).compute(OutlookSpec.of("g", FY25)))
                .hasMessage("FY25 lacks g values for [2024-09] (before its latest month, 2025-02): the year's total"
                        + " cannot be completed");
        InMemorySource shortRun = new InMemorySource()
                .monthly("s", Unit.parse("USD million"), "")
                .values("s", "2024-07", 100, 100, 100, 100, 100, 100, 100, 100);
        assertThatThrownBy(() -> OutlookKernel.of(shortRun, new TwoPaths()).compute(OutlookSpec.of("s", FY25)))
                .hasMessageContaining(
                        "the consecutive months ending 2025-02 are 8 (2024-07 to 2025-02); an outlook needs"
                                + " at least 24");
    }
}
