package org.exportpulse.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PeriodTest {

    private final FiscalCalendar july = FiscalCalendar.JULY_TO_JUNE;

    @ParameterizedTest
    @ValueSource(strings = {"2025-11", "2023-Q2", "2024", "FY2026", "2025-07/2025-11", "2024-11/2025-02"})
    void canonical_text_reads_back_to_itself(String code) {
        assertThat(Period.parse(code, july).code()).isEqualTo(code);
    }

    @ParameterizedTest
    @CsvSource({
        "FY26,FY2026",
        "fy2026,FY2026",
        "2025-26,FY2026",
        "2025-2026,FY2026",
        "1999-00,FY2000",
        " 2025-11 ,2025-11"
    })
    void other_spellings_read_to_the_canonical_form(String text, String code) {
        assertThat(Period.parse(text, july).code()).isEqualTo(code);
    }

    @Test
    void text_that_could_be_a_month_or_a_fiscal_year_is_the_month() {
        assertThat(Period.parse("2011-12", july)).isEqualTo(CalendarMonth.of(2011, 12));
    }

    @Test
    void a_quarter_covers_its_three_months() {
        CalendarQuarter q3 = CalendarQuarter.of(2025, 3);
        assertThat(q3.first()).isEqualTo(YearMonth.of(2025, 7));
        assertThat(q3.last()).isEqualTo(YearMonth.of(2025, 9));
        assertThat(q3.contains(YearMonth.of(2025, 8))).isTrue();
        assertThat(q3.contains(YearMonth.of(2025, 10))).isFalse();
        assertThat(CalendarQuarter.containing(YearMonth.of(2025, 12))).isEqualTo(CalendarQuarter.of(2025, 4));
    }

    @Test
    void a_calendar_quarter_lies_in_one_fiscal_year_and_a_fiscal_year_holds_four() {
        FiscalYear fy26 = july.fiscalYear(2026);
        assertThat(CalendarQuarter.of(2025, 3).months()).allMatch(fy26::contains);
        assertThat(CalendarQuarter.of(2026, 2).months()).allMatch(fy26::contains);
        assertThat(CalendarQuarter.of(2025, 2).months()).noneMatch(fy26::contains);
    }

    @Test
    void a_span_may_cross_fiscal_and_calendar_years() {
        MonthSpan span = MonthSpan.parse("2025-05/2025-08");
        assertThat(span.monthCount()).isEqualTo(4);
        assertThat(july.fiscalYearOf(span.first())).isNotEqualTo(july.fiscalYearOf(span.last()));
        assertThat(span.months())
                .containsExactly(
                        YearMonth.of(2025, 5), YearMonth.of(2025, 6), YearMonth.of(2025, 7), YearMonth.of(2025, 8));
        assertThat(MonthSpan.parse("2025-11/2026-02").shift(-12)).isEqualTo(MonthSpan.parse("2024-11/2025-02"));
        assertThat(MonthSpan.twelveMonthsTo(YearMonth.of(2025, 12))).isEqualTo(MonthSpan.parse("2025-01/2025-12"));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "2025-13|month 13 of 2025 does not exist",
                "2025-Q5|quarter 5 of 2025 does not exist",
                "2025-11/2025-07|ends before it starts",
                "2025-07/2025-1x|is not a month",
                "2025-27|month 27 of 2025 does not exist",
                "2025/26/27|is not a span",
                "December|is not a period",
                "''|is not a period"
            })
    void impossible_or_unreadable_periods_are_refused_saying_what_was_expected(String text, String message) {
        assertThatThrownBy(() -> Period.parse(text, july))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message)
                .hasMessageContaining("expected");
    }

    @Test
    void periods_order_by_first_then_last_month() {
        Period month = Period.parse("2025-07", july);
        Period span = Period.parse("2025-07/2025-09", july);
        Period later = Period.parse("2025-08", july);
        assertThat(Period.ORDER.compare(month, span)).isNegative();
        assertThat(Period.ORDER.compare(span, later)).isNegative();
    }
}
