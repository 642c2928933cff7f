package org.exportpulse.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import org.exportpulse.core.time.FiscalCalendar;
import org.exportpulse.core.time.MonthSpan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PeriodScannerTest {

    /** An article of 20 January 2026 reports on December 2025. */
    private final PeriodScanner scanner = new PeriodScanner(YearMonth.of(2025, 12), FiscalCalendar.JULY_TO_JUNE);

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "in December 2025|2025-12",
                "in Dec-25|2025-12",
                "for Dec '25|2025-12",
                "in 2025-11|2025-11",
                "during July–November 2025–26|2025-07/2025-11",
                "in Jul-Nov FY26|2025-07/2025-11",
                "in July-December 2025|2025-07/2025-12",
                "in July to January FY25|2024-07/2025-01",
                "the 5MFY26 figure|2025-07/2025-11",
                "in 8MFY24|2023-07/2024-02",
                "in 1HFY26|2025-07/2025-12",
                "in H2 FY25|2025-01/2025-06",
                "in Q1FY26|2025-07/2025-09",
                "the first half of FY26|2025-07/2025-12",
                "the first quarter of fiscal year 2025-26|2025-07/2025-09",
                "the first five months of the current fiscal year|2025-07/2025-11",
                "the first 8 months of FY2024|2023-07/2024-02",
                "the first ten months of the current fiscal year 2023-24|2023-07/2024-04",
                "during the first month of the current fiscal year 2023-24|2023-07",
                "the last month of fiscal year 2024-25|2025-06",
                "in the previous fiscal year, 2022-23|FY2023",
                "in FY25|FY2025",
                "in FY2024-25|FY2025",
                "in fiscal year 2023-24|FY2024",
                "in 2024-25|FY2025",
                "so far in FY26|2025-07/2025-12",
                "the current fiscal year|2025-07/2025-12",
                "the last fiscal year|FY2025",
                "in calendar year 2025|2025",
                "in November|2025-11",
                "in January|2025-01",
                "in November last year|2025-11",
                "last month|2025-12"
            })
    void resolves_each_form(String text, String code) {
        List<PeriodMention> found = scanner.scan(ArticleText.of(text).normalised());
        assertThat(found).hasSize(1);
        assertThat(found.get(0).period().code()).isEqualTo(code);
    }

    @Test
    void relative_mentions_follow_the_claim() {
        List<PeriodMention> found = scanner.scan("against the same period last year and the previous month");
        assertThat(found)
                .extracting(PeriodMention::relation)
                .containsExactly(PeriodMention.Relation.YEAR_AGO, PeriodMention.Relation.PREVIOUS);
        assertThat(found.get(0).resolve(MonthSpan.parse("2025-07/2025-12")).code())
                .isEqualTo("2024-07/2024-12");
    }

    @Test
    void sply_is_the_same_period_last_year() {
        assertThat(scanner.scan("up 20% over SPLY"))
                .extracting(PeriodMention::relation)
                .containsExactly(PeriodMention.Relation.YEAR_AGO);
    }

    @Test
    void dates_and_lower_case_month_words_are_not_periods() {
        assertThat(scanner.scan("On January 20, 2026 the bank said exports may rise"))
                .isEmpty();
    }
}
