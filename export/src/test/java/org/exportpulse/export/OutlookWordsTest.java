package org.exportpulse.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.exportpulse.core.outlook.FiscalYearOutlook;
import org.exportpulse.core.series.Denominator;
import org.exportpulse.core.series.Frequency;
import org.exportpulse.core.series.Series;
import org.exportpulse.core.series.SeriesKind;
import org.exportpulse.core.series.Unit;
import org.exportpulse.core.time.FiscalCalendar;
import org.exportpulse.core.time.FiscalYear;
import org.junit.jupiter.api.Test;

/** The outlook's assumptions and JSON are written from its typed values. */
class OutlookWordsTest {

    private static final Series SERIES = new Series(
            "xx.exports",
            "Exports",
            Unit.USD_MILLION,
            Frequency.MONTH,
            SeriesKind.FLOW,
            FiscalCalendar.JULY_TO_JUNE,
            "test",
            "",
            List.<Denominator>of());

    private static FiscalYearOutlook outlook(List<YearMonth> remaining, int paths, String model) {
        FiscalYearOutlook.Distribution total = new FiscalYearOutlook.Distribution(1200, 1190, 1100, 1300, 1050, 1350);
        return new FiscalYearOutlook(
                SERIES,
                FiscalCalendar.JULY_TO_JUNE.fiscalYear(2026),
                List.of(new FiscalYearOutlook.MonthValue(YearMonth.of(2025, 7), 100, false, 1)),
                100,
                remaining,
                model.isEmpty()
                        ? Optional.empty()
                        : Optional.of(
                                new FiscalYearOutlook.Fit(model, 36, YearMonth.of(2022, 8), YearMonth.of(2025, 7))),
                paths,
                List.of(),
                total,
                Optional.empty(),
                Optional.of(new FiscalYearOutlook.Goal(
                        "target", 1300, FiscalYearOutlook.GoalBasis.GIVEN, false, 109.1, 8.0, 12.5, -7.7)));
    }

    @Test
    void the_remaining_months_follow_the_simulated_model() {
        FiscalYearOutlook o = outlook(List.of(YearMonth.of(2025, 8), YearMonth.of(2025, 9)), 10_000, "ETS(M,A,M)");
        assertThat(OutlookWords.assumptions(o))
                .containsExactly(
                        "the remaining 2 months follow ETS(M,A,M) fitted to 36 consecutive months, 2022-08 to"
                                + " 2025-07 (derived months count as data)",
                        "10,000 simulated paths with normal errors; the total's intervals and probabilities are"
                                + " shares of the simulated totals, not sums of monthly bounds",
                        "reported months are taken as final; later revisions are not modelled");
        assertThat(OutlookWords.assumptions(outlook(List.of(YearMonth.of(2026, 6)), 10, "ETS(A,N,N)"))
                        .get(0))
                .startsWith("the remaining 1 month follows ETS(A,N,N) fitted to 36");
    }

    @Test
    void a_goal_names_where_its_amount_comes_from() {
        FiscalYear fy25 = FiscalCalendar.JULY_TO_JUNE.fiscalYear(2025);
        assertThat(OutlookWords.basis(goal(FiscalYearOutlook.GoalBasis.GIVEN))).isEqualTo("given");
        assertThat(OutlookWords.basis(goal(new FiscalYearOutlook.GoalBasis(
                        FiscalYearOutlook.BasisKind.PUBLISHED_TOTAL, fy25, "xx.exports.fy"))))
                .isEqualTo("published FY25 total, xx.exports.fy");
        assertThat(OutlookWords.basis(goal(new FiscalYearOutlook.GoalBasis(
                        FiscalYearOutlook.BasisKind.MONTHS_SUMMED, fy25, "xx.exports"))))
                .isEqualTo("sum of the 12 months of FY25 in xx.exports");
    }

    private static FiscalYearOutlook.Goal goal(FiscalYearOutlook.GoalBasis basis) {
        return new FiscalYearOutlook.Goal("FY25", 1000, basis, false, 1, 1, 1, 1);
    }

    @Test
    void a_complete_year_assumes_only_its_months() {
        assertThat(OutlookWords.assumptions(outlook(List.of(), 0, "")))
                .containsExactly("the fiscal year is complete: its total is the sum of its reported months");
    }

    @Test
    void the_json_keeps_its_documented_shape() {
        JsonNode json = OutlookJson.of(outlook(List.of(YearMonth.of(2025, 8)), 10_000, "ETS(M,A,M)"));
        assertThat(json.get("fiscal_year").asText()).isEqualTo("FY26");
        assertThat(json.get("span").get("first").asText()).isEqualTo("2025-07");
        assertThat(json.get("model").asText())
                .isEqualTo("ETS(M,A,M) fitted to 36 consecutive months, 2022-08 to 2025-07");
        assertThat(json.get("last_year").isNull()).isTrue();
        assertThat(json.get("target").get("basis").asText()).isEqualTo("given");
        assertThat(json.get("total").get("upper95").asDouble()).isEqualTo(1350);
        assertThat(json.get("assumptions")).hasSize(3);
    }
}
