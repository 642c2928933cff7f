package org.exportpulse.core.transform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Month;
import java.time.YearMonth;
import java.util.List;
import java.util.Random;
import org.exportpulse.core.series.SeriesKind;
import org.exportpulse.core.time.FiscalCalendar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Properties of the transforms on random series (seeded, so every run checks the same cases). */
class TransformKernelTest {

    private static final YearMonth START = YearMonth.of(2018, 3);

    private static MonthlyColumn random(long seed, int length) {
        Random random = new Random(seed);
        double[] v = new double[length];
        for (int i = 0; i < length; i++) {
            v[i] = 50 + random.nextDouble() * 450;
        }
        return new MonthlyColumn(START, v);
    }

    private static double[] apply(String code, MonthlyColumn x) {
        return TransformKernel.apply(Transform.parse(code), x, Month.JULY, null);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42, 2026})
    void pc1_and_ch1_describe_the_same_change_from_a_year_earlier(long seed) {
        MonthlyColumn x = random(seed, 60);
        double[] ch1 = apply("ch1", x);
        double[] pc1 = apply("pc1", x);
        for (int t = 12; t < 60; t++) {
            double before = x.values()[t - 12];
            assertThat(before + ch1[t]).isCloseTo(x.values()[t], within(1e-9));
            assertThat(before * (1 + pc1[t] / 100)).isCloseTo(x.values()[t], within(1e-9));
        }
        for (int t = 0; t < 12; t++) {
            assertThat(pc1[t]).isNaN();
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {5, 6, 7})
    void fytd_of_june_equals_the_fiscal_year_aggregate(long seed) {
        MonthlyColumn x = random(seed, 72);
        double[] fytd = apply("fytd", x);
        int checked = 0;
        for (Aggregation.Value year : Aggregation.aggregate(
                x, SeriesKind.FLOW, Aggregation.Target.FISCAL_YEAR, FiscalCalendar.JULY_TO_JUNE)) {
            if (Double.isNaN(year.value())) {
                continue; // a fiscal year the column covers only in part
            }
            assertThat(fytd[index(year.period().last())]).isCloseTo(year.value(), within(1e-9));
            checked++;
        }
        assertThat(checked).as("complete fiscal years FY2019-FY2023").isEqualTo(5);
    }

    private static int index(YearMonth month) {
        return (int) START.until(month, java.time.temporal.ChronoUnit.MONTHS);
    }

    @ParameterizedTest
    @ValueSource(longs = {11, 12, 13})
    void r12_is_the_sum_of_the_last_twelve_months_and_r12_pc1_its_growth(long seed) {
        MonthlyColumn x = random(seed, 48);
        double[] r12 = apply("r12", x);
        for (int t = 11; t < 48; t++) {
            double sum = 0;
            for (int k = t - 11; k <= t; k++) {
                sum += x.values()[k];
            }
            assertThat(r12[t]).isCloseTo(sum, within(1e-9));
        }
        double[] growth = apply("r12_pc1", x);
        assertThat(growth[30]).isCloseTo((r12[30] / r12[18] - 1) * 100, within(1e-9));
        assertThat(r12[10]).isNaN();
    }

    @ParameterizedTest
    @ValueSource(longs = {21, 22})
    void log_changes_and_annual_rates_agree(long seed) {
        MonthlyColumn x = random(seed, 24);
        double[] log = apply("log", x);
        double[] cch = apply("cch", x);
        double[] cca = apply("cca", x);
        double[] pch = apply("pch", x);
        double[] pca = apply("pca", x);
        for (int t = 1; t < 24; t++) {
            assertThat(cch[t]).isCloseTo((log[t] - log[t - 1]) * 100, within(1e-9));
            assertThat(cca[t]).isCloseTo(cch[t] * 12, within(1e-9));
            assertThat(1 + pca[t] / 100).isCloseTo(Math.pow(1 + pch[t] / 100, 12), within(1e-9));
        }
        assertThat(apply("chg", x)[5]).isCloseTo(x.values()[5] - x.values()[4], within(1e-12));
        assertThat(apply("lin", x)).containsExactly(x.values());
    }

    @Test
    void a_missing_month_gives_missing_results_never_zero() {
        double[] withGap = random(99, 36).values();
        withGap[14] = Double.NaN; // 2019-05
        MonthlyColumn x = new MonthlyColumn(START, withGap);
        double[] r12 = apply("r12", x);
        for (int t = 14; t < 26; t++) {
            assertThat(r12[t]).as("window holding the gap at %d", t).isNaN();
        }
        assertThat(r12[26]).isNotNaN();
        double[] fytd = apply("fytd", x);
        assertThat(fytd[index(YearMonth.of(2019, 6))]).isNaN();
        assertThat(fytd[index(YearMonth.of(2019, 7))]).isEqualTo(x.at(YearMonth.of(2019, 7)));
        assertThat(fytd[0]).as("before the first fiscal-year start seen").isNaN();
        assertThat(apply("pc1", x)[26]).isNaN();
        assertThat(apply("chg", x)[15]).isNaN();
    }

    @Test
    void zero_divisors_and_non_positive_logs_are_missing() {
        MonthlyColumn x = new MonthlyColumn(START, new double[] {0, 5, -1, 10});
        assertThat(apply("pch", x)[1]).isNaN();
        assertThat(apply("log", x)[0]).isNaN();
        assertThat(apply("log", x)[2]).isNaN();
        double[] share =
                TransformKernel.apply(Transform.parse("share:xx.total"), x, Month.JULY, new double[] {1, 0, 4, 40});
        assertThat(share[1]).isNaN();
        assertThat(share[3]).isEqualTo(25.0);
    }

    @Test
    void aggregation_follows_the_kind() {
        MonthlyColumn x = new MonthlyColumn(YearMonth.of(2025, 1), new double[] {1, 2, 6, 4, 5, Double.NaN});
        List<Aggregation.Value> flows =
                Aggregation.aggregate(x, SeriesKind.FLOW, Aggregation.Target.QUARTER, FiscalCalendar.JULY_TO_JUNE);
        assertThat(flows).extracting(v -> v.period().code()).containsExactly("2025-Q1", "2025-Q2");
        assertThat(flows.get(0).value()).isEqualTo(9.0);
        assertThat(flows.get(1).value()).isNaN();
        assertThat(Aggregation.aggregate(x, SeriesKind.RATE, Aggregation.Target.QUARTER, FiscalCalendar.JULY_TO_JUNE)
                        .get(0)
                        .value())
                .isEqualTo(3.0);
        assertThat(Aggregation.aggregate(x, SeriesKind.STOCK, Aggregation.Target.QUARTER, FiscalCalendar.JULY_TO_JUNE)
                        .get(0)
                        .value())
                .isEqualTo(6.0);
        assertThat(Aggregation.aggregate(
                        x, SeriesKind.FLOW, Aggregation.Target.FISCAL_YEAR, FiscalCalendar.JULY_TO_JUNE))
                .extracting(v -> v.period().code())
                .containsExactly("FY2025");
    }

    @Test
    void unknown_codes_and_a_share_without_denominator_are_refused() {
        assertThatThrownBy(() -> Transform.parse("yoy")).hasMessageContaining("expected lin, chg");
        assertThatThrownBy(() -> Transform.parse("share:")).isInstanceOf(IllegalArgumentException.class);
        assertThat(Transform.parse("share:pk.bop.services.exports").text()).isEqualTo("share:pk.bop.services.exports");
        assertThat(Transform.parse("R12_PC1").isPercent()).isTrue();
    }
}
