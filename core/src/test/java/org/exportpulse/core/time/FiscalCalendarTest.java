package org.exportpulse.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Month;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FiscalCalendarTest {

    private final FiscalCalendar july = FiscalCalendar.JULY_TO_JUNE;

    @Test
    void fy2026_runs_from_july_2025_to_june_2026() {
        FiscalYear fy = july.fiscalYear(2026);
        assertThat(fy.first()).isEqualTo(YearMonth.of(2025, 7));
        assertThat(fy.last()).isEqualTo(YearMonth.of(2026, 6));
        assertThat(fy.monthCount()).isEqualTo(12);
        assertThat(fy.code()).isEqualTo("FY2026");
        assertThat(fy.label()).isEqualTo("FY26");
    }

    @ParameterizedTest
    @CsvSource({"2025-06,2025", "2025-07,2026", "2025-12,2026", "2026-01,2026", "2026-06,2026", "2026-07,2027"})
    void a_month_belongs_to_the_fiscal_year_ending_after_it(String month, int endYear) {
        assertThat(july.fiscalYearOf(YearMonth.parse(month)).endYear()).isEqualTo(endYear);
    }

    @Test
    void a_january_calendar_makes_fiscal_years_calendar_years() {
        FiscalCalendar calendar = FiscalCalendar.CALENDAR_YEAR;
        assertThat(calendar.fiscalYearOf(YearMonth.of(2025, 1)).endYear()).isEqualTo(2025);
        assertThat(calendar.fiscalYearOf(YearMonth.of(2025, 12)).endYear()).isEqualTo(2025);
        assertThat(calendar.fiscalYear(2025).first()).isEqualTo(YearMonth.of(2025, 1));
        assertThat(calendar.fiscalYear(2025).last()).isEqualTo(YearMonth.of(2025, 12));
    }

    @Test
    void an_april_calendar_follows_its_first_month() {
        FiscalCalendar april = FiscalCalendar.startingIn(4);
        assertThat(april.fiscalYearOf(YearMonth.of(2025, 3)).endYear()).isEqualTo(2025);
        assertThat(april.fiscalYearOf(YearMonth.of(2025, 4)).endYear()).isEqualTo(2026);
        assertThat(april.fiscalYear(2026).first()).isEqualTo(YearMonth.of(2025, Month.APRIL));
    }

    @Test
    void year_to_date_starts_at_the_fiscal_year_start() {
        assertThat(july.yearToDate(YearMonth.of(2025, 12)))
                .isEqualTo(MonthSpan.of(YearMonth.of(2025, 7), YearMonth.of(2025, 12)));
        assertThat(july.yearToDate(YearMonth.of(2025, 7)).monthCount()).isEqualTo(1);
        assertThat(july.yearToDate(YearMonth.of(2026, 6)).monthCount()).isEqualTo(12);
    }

    @Test
    void a_span_is_year_to_date_only_when_it_starts_at_the_fiscal_year_start_and_stays_within_it() {
        assertThat(july.isYearToDate(MonthSpan.parse("2025-07/2025-11"))).isTrue();
        assertThat(july.isYearToDate(MonthSpan.parse("2025-07/2026-06"))).isTrue();
        assertThat(july.isYearToDate(MonthSpan.parse("2025-08/2025-11"))).isFalse();
        assertThat(july.isYearToDate(MonthSpan.parse("2025-07/2026-07")))
                .as("crosses into FY2027")
                .isFalse();
    }

    @Test
    void a_first_month_outside_1_to_12_is_refused() {
        assertThatThrownBy(() -> FiscalCalendar.startingIn(13))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("expected 1-12");
    }

    @Test
    void fiscal_years_outside_1900_to_2099_are_refused_rather_than_shown_as_two_digits() {
        assertThatThrownBy(() -> FiscalYear.parse("FY9999", FiscalCalendar.JULY_TO_JUNE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'FY9999' is outside the fiscal years accepted (expected one ending in 1900 to 2099)");
        assertThat(FiscalYear.parse("FY2099", FiscalCalendar.JULY_TO_JUNE).label())
                .isEqualTo("FY99");
        assertThat(FiscalYear.parse("1899-00", FiscalCalendar.JULY_TO_JUNE).code())
                .isEqualTo("FY1900");
    }
}
