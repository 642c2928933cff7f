package org.exportpulse.core.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import org.exportpulse.core.series.Frequency;
import org.exportpulse.core.series.NotFoundException;
import org.exportpulse.core.series.Unit;
import org.exportpulse.core.testkit.InMemorySource;
import org.exportpulse.core.time.FiscalCalendar;
import org.exportpulse.core.time.Period;
import org.junit.jupiter.api.Test;

class HeadlineFiguresKernelTest {

    private static final String ID = "xx.ict.exports";
    private static final YearMonth DEC_2025 = YearMonth.of(2025, 12);

    /** 24 months, Jan 2024 – Dec 2025: 2024 at 100..111, 2025 at 120..131 (every month up 20 on the year). */
    private InMemorySource twoFullYears() {
        return new InMemorySource()
                .monthly(ID, Unit.USD_MILLION, "")
                .values(ID, "2024-01", 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111)
                .values(ID, "2025-01", 120, 121, 122, 123, 124, 125, 126, 127, 128, 129, 130, 131);
    }

    @Test
    void month_on_month_and_year_on_year_are_exact() {
        HeadlineFigures f = HeadlineFiguresKernel.of(twoFullYears()).compute(ID, DEC_2025);
        assertThat(f.observation().value()).isEqualByComparingTo("131");
        assertThat(f.previous().value()).isEqualByComparingTo("130");
        assertThat(f.previous().change()).isEqualByComparingTo("1");
        assertThat(f.previous().pct()).isEqualByComparingTo("0.7692307692307692");
        assertThat(f.yearAgo().period()).isEqualTo(YearMonth.of(2024, 12));
        assertThat(f.yearAgo().change()).isEqualByComparingTo("20");
        assertThat(f.yearAgo().pct()).isEqualByComparingTo("18.01801801801802");
        assertThat(f.missing()).isEmpty();
    }

    @Test
    void fiscal_year_to_date_sums_from_july_and_compares_with_the_same_months_a_year_earlier() {
        HeadlineFigures f = HeadlineFiguresKernel.of(twoFullYears()).compute(ID, DEC_2025);
        FiscalYearToDate fytd = f.fytd();
        assertThat(fytd.fiscalYear().code()).isEqualTo("FY2026");
        assertThat(fytd.span().code()).isEqualTo("2025-07/2025-12");
        assertThat(fytd.value()).isEqualByComparingTo("771"); // 126+…+131
        assertThat(fytd.yearAgoSpan().code()).isEqualTo("2024-07/2024-12");
        assertThat(fytd.yearAgoValue()).isEqualByComparingTo("651"); // 106+…+111
        assertThat(fytd.change()).isEqualByComparingTo("120");
        assertThat(fytd.published()).as("no publisher cumulative series").isNull();
    }

    @Test
    void the_publishers_cumulative_figure_is_reported_beside_the_sum_when_it_has_the_same_span() {
        InMemorySource source = twoFullYears().add(ID + ".fytd", Unit.USD_MILLION, Frequency.FYTD, "");
        source.value(ID + ".fytd", Period.parse("2025-07/2025-12", FiscalCalendar.JULY_TO_JUNE), "772");
        source.value(ID + ".fytd", Period.parse("2025-07/2025-11", FiscalCalendar.JULY_TO_JUNE), "640");
        FiscalYearToDate fytd =
                HeadlineFiguresKernel.of(source).compute(ID, DEC_2025).fytd();
        assertThat(fytd.value()).isEqualByComparingTo("771");
        assertThat(fytd.published()).isEqualByComparingTo("772");
        assertThat(fytd.yearAgoPublished()).isNull();
    }

    @Test
    void rolling_twelve_months_compare_with_the_twelve_before() {
        RollingTwelveMonths r12 =
                HeadlineFiguresKernel.of(twoFullYears()).compute(ID, DEC_2025).r12();
        assertThat(r12.span().code()).isEqualTo("2025-01/2025-12");
        assertThat(r12.value()).isEqualByComparingTo("1506");
        assertThat(r12.yearAgoValue()).isEqualByComparingTo("1266");
        assertThat(r12.pct()).isEqualByComparingTo("18.95734597156398");
    }

    @Test
    void a_missing_month_makes_its_figures_null_and_names_it_instead_of_guessing() {
        InMemorySource source = new InMemorySource()
                .monthly(ID, Unit.USD_MILLION, "")
                .values(ID, "2024-01", 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111)
                .values(ID, "2025-01", 120, 121, 122, 123, null, 125, 126, 127, 128, 129, null, 131);
        HeadlineFigures f = HeadlineFiguresKernel.of(source).compute(ID, DEC_2025);
        assertThat(f.previous().pct()).isNull();
        assertThat(f.previous().missing()).containsExactly("2025-11");
        assertThat(f.yearAgo().pct()).isNotNull();
        assertThat(f.fytd().value()).isNull();
        assertThat(f.fytd().yearAgoValue()).isEqualByComparingTo("651");
        assertThat(f.fytd().missing()).containsExactly("2025-11");
        assertThat(f.r12().value()).isNull();
        assertThat(f.r12().missing()).containsExactly("2025-05", "2025-11");
        assertThat(f.missing()).containsExactlyInAnyOrder("2025-05", "2025-11");
    }

    @Test
    void a_gap_month_itself_gets_null_figures_that_name_it() {
        InMemorySource source =
                new InMemorySource().monthly(ID, Unit.USD_MILLION, "").values(ID, "2025-01", 120, 121, null, 123);
        HeadlineFigures f = HeadlineFiguresKernel.of(source).compute(ID, YearMonth.of(2025, 3));
        assertThat(f.observation()).isNull();
        assertThat(f.previous().value()).isEqualByComparingTo("121");
        assertThat(f.previous().change()).isNull();
        assertThat(f.previous().missing()).containsExactly("2025-03");
        assertThat(f.records()).isEmpty();
    }

    @Test
    void an_all_time_high_names_the_first_month_of_history_and_the_previous_high() {
        InMemorySource source =
                new InMemorySource().monthly(ID, Unit.USD_MILLION, "").values(ID, "2025-01", 300, 350, 340, 351);
        HeadlineFigures f = HeadlineFiguresKernel.of(source).compute(ID, YearMonth.of(2025, 4));
        assertThat(f.records()).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(RecordMark.Kind.ALL_TIME_HIGH);
            assertThat(r.since()).isEqualTo(YearMonth.of(2025, 1));
            assertThat(r.previousPeriod()).isEqualTo(YearMonth.of(2025, 2));
            assertThat(r.previousValue()).isEqualByComparingTo("350");
        });
    }

    @Test
    void a_value_equal_to_the_high_is_not_a_new_high_but_may_be_highest_since() {
        InMemorySource source =
                new InMemorySource().monthly(ID, Unit.USD_MILLION, "").values(ID, "2025-01", 400, 300, 310, 320, 400);
        HeadlineFigures f = HeadlineFiguresKernel.of(source).compute(ID, YearMonth.of(2025, 5));
        assertThat(f.records()).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(RecordMark.Kind.HIGHEST_SINCE);
            assertThat(r.since()).isEqualTo(YearMonth.of(2025, 1));
            assertThat(r.months()).isEqualTo(4);
        });
    }

    @Test
    void an_all_time_low_is_reported_too() {
        InMemorySource source =
                new InMemorySource().monthly(ID, Unit.USD_MILLION, "").values(ID, "2025-01", 300, 350, 290);
        HeadlineFigures f = HeadlineFiguresKernel.of(source).compute(ID, YearMonth.of(2025, 3));
        assertThat(f.records()).extracting(RecordMark::kind).containsExactly(RecordMark.Kind.ALL_TIME_LOW);
    }

    @Test
    void the_growth_streak_counts_months_strictly_above_a_year_earlier_and_says_what_ended_it() {
        InMemorySource source = new InMemorySource()
                .monthly(ID, Unit.USD_MILLION, "")
                .values(ID, "2024-01", 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111)
                .values(ID, "2025-01", 120, 121, 122, 103, 124, 125, 126, 127, 128, 129, 130, 131);
        Streak streak =
                HeadlineFiguresKernel.of(source).compute(ID, DEC_2025).streaks().get(0);
        assertThat(streak.kind()).isEqualTo(Streak.Kind.YOY_GROWTH);
        assertThat(streak.months()).isEqualTo(8);
        assertThat(streak.since()).isEqualTo(YearMonth.of(2025, 5));
        assertThat(streak.endedBy()).isEqualTo(YearMonth.of(2025, 4));
        assertThat(streak.endedBecause()).isEqualTo("not_above");
    }

    @Test
    void a_month_lacking_its_year_ago_value_ends_the_streak_and_the_output_says_so() {
        InMemorySource source = new InMemorySource()
                .monthly(ID, Unit.USD_MILLION, "")
                .values(ID, "2024-01", 100, 101, 102, 103, 104, null, 106, 107, 108, 109, 110, 111)
                .values(ID, "2025-01", 120, 121, 122, 123, 124, 125, 126, 127, 128, 129, 130, 131);
        Streak streak =
                HeadlineFiguresKernel.of(source).compute(ID, DEC_2025).streaks().get(0);
        assertThat(streak.months()).isEqualTo(6);
        assertThat(streak.since()).isEqualTo(YearMonth.of(2025, 7));
        assertThat(streak.endedBy()).isEqualTo(YearMonth.of(2025, 6));
        assertThat(streak.endedBecause()).isEqualTo("missing");
        assertThat(streak.missing()).containsExactly("2024-06");
    }

    @Test
    void a_decline_in_force_is_reported_as_a_decline_streak() {
        InMemorySource source = new InMemorySource()
                .monthly(ID, Unit.USD_MILLION, "")
                .values(ID, "2024-11", 100, 100)
                .values(ID, "2025-11", 90, 80);
        Streak streak =
                HeadlineFiguresKernel.of(source).compute(ID, DEC_2025).streaks().get(0);
        assertThat(streak.kind()).isEqualTo(Streak.Kind.YOY_DECLINE);
        assertThat(streak.months()).isEqualTo(2);
    }

    @Test
    void shares_are_taken_against_each_listed_denominator_converting_scales_and_naming_what_is_missing() {
        InMemorySource source = twoFullYears()
                .monthly("xx.goods", Unit.parse("USD billion"), "")
                .monthly("xx.services", Unit.USD_MILLION, "")
                .monthly("xx.empty", Unit.USD_MILLION, "")
                .value("xx.goods", Period.parse("2025-12", FiscalCalendar.JULY_TO_JUNE), "2.5")
                .value("xx.services", Period.parse("2025-12", FiscalCalendar.JULY_TO_JUNE), "120");
        source.monthly(ID, Unit.USD_MILLION, "xx.goods+xx.services;xx.empty;xx.unknown")
                .values(ID, "2024-01", 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111)
                .values(ID, "2025-01", 120, 121, 122, 123, 124, 125, 126, 127, 128, 129, 130, 131);
        HeadlineFigures f = HeadlineFiguresKernel.of(source).compute(ID, DEC_2025);
        assertThat(f.shares()).hasSize(3);
        ShareFigure goodsAndServices = f.shares().get(0);
        assertThat(goodsAndServices.denominatorValue()).isEqualByComparingTo("2620");
        assertThat(goodsAndServices.pct()).isEqualByComparingTo("5"); // 131 / 2620
        assertThat(goodsAndServices.basis()).isEqualTo("Title of xx.goods + Title of xx.services");
        assertThat(f.shares().get(1).pct()).isNull();
        assertThat(f.shares().get(1).missing()).containsExactly("xx.empty 2025-12");
        assertThat(f.shares().get(2).basis()).contains("unknown series");
        assertThat(f.missing()).contains("xx.empty 2025-12", "xx.unknown 2025-12");
    }

    @Test
    void every_value_used_is_listed_as_an_input_once() {
        HeadlineFigures f = HeadlineFiguresKernel.of(twoFullYears()).compute(ID, DEC_2025);
        assertThat(f.inputs()).hasSize(24).doesNotHaveDuplicates();
        assertThat(f.inputs().get(0).period().code()).isEqualTo("2025-12");
        assertThat(f.inputs().get(0).sources()).containsExactly("https://example.org/" + ID + "/2025-12");
    }

    @Test
    void unknown_series_months_outside_the_history_and_non_monthly_series_are_refused() {
        InMemorySource source = twoFullYears().add("xx.fy", Unit.USD_MILLION, Frequency.FISCAL_YEAR, "");
        HeadlineFiguresKernel kernel = HeadlineFiguresKernel.of(source);
        assertThatThrownBy(() -> kernel.compute("xx.nothing", DEC_2025)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> kernel.compute(ID, YearMonth.of(2026, 1)))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining("from 2024-01 to 2025-12");
        assertThatThrownBy(() -> kernel.compute("xx.fy", DEC_2025))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("monthly");
        assertThat(kernel.latestMonth(ID)).isEqualTo(DEC_2025);
    }
}
