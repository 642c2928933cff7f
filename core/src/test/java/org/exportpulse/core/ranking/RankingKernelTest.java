package org.exportpulse.core.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import org.exportpulse.core.series.Frequency;
import org.exportpulse.core.series.Unit;
import org.exportpulse.core.testkit.InMemorySource;
import org.exportpulse.core.testkit.LastValueForecaster;
import org.exportpulse.core.time.FiscalCalendar;
import org.exportpulse.core.time.FiscalYear;
import org.junit.jupiter.api.Test;

class RankingKernelTest {

    static FiscalYear fy(int endYear) {
        return FiscalCalendar.JULY_TO_JUNE.fiscalYear(endYear);
    }

    /** s: 100 a month, July 2019 to June 2025 (1,200 a fiscal year); four categories around it. */
    static InMemorySource data() {
        Unit usd = Unit.parse("USD million");
        Integer[] months = new Integer[72];
        Arrays.fill(months, 100);
        InMemorySource s = new InMemorySource()
                .monthly("s", usd, "")
                .values("s", "2019-07", months)
                .add("s.fy", usd, Frequency.FISCAL_YEAR, "")
                .add("flat.fy", usd, Frequency.FISCAL_YEAR, "")
                .add("falling.fy", usd, Frequency.FISCAL_YEAR, "")
                .add("small.fy", usd, Frequency.FISCAL_YEAR, "")
                .add("young.fy", usd, Frequency.FISCAL_YEAR, "");
        for (int y = 2020; y <= 2025; y++) {
            s.value("s.fy", fy(y), "1200");
        }
        s.value("flat.fy", fy(2024), "2000").value("flat.fy", fy(2025), "2000");
        s.value("falling.fy", fy(2023), "1600").value("falling.fy", fy(2025), "1296");
        s.value("small.fy", fy(2025), "1000");
        s.value("young.fy", fy(2025), "5000");
        return s;
    }

    @Test
    void ranks_the_year_and_finds_each_crossover_under_its_stated_growth() {
        ExportRanking r = RankingKernel.of(data(), new LastValueForecaster())
                .compute(RankingSpec.of("s", List.of("flat.fy", "falling.fy", "small.fy", "young.fy")));

        assertThat(r.fiscalYear()).isEqualTo(fy(2025));
        assertThat(r.rows())
                .extracting(ExportRanking.Row::seriesId)
                .containsExactly("young.fy", "flat.fy", "falling.fy", "s.fy", "small.fy");
        ExportRanking.Row falling = r.rows().get(2);
        assertThat(falling.compoundGrowth()).as("1600 to 1296 over two years").isCloseTo(-10, within(1e-9));
        assertThat(falling.growthFrom()).isEqualTo(fy(2023));
        assertThat(r.rows().get(3).rank()).isEqualTo(4);
        assertThat(r.subjectPath().get(0)).isEqualTo(new ExportRanking.PathYear(fy(2025), 1200, 0));
        assertThat(r.subjectPath().get(1).total()).as("last value: 100 a month").isCloseTo(1200, within(1e-9));
        assertThat(r.subjectPath().get(1).forecastMonths()).isEqualTo(12);

        ExportRanking.Crossover fallingCross = crossover(r, "falling.fy");
        assertThat(fallingCross.outcome()).isEqualTo(ExportRanking.Outcome.CROSSES);
        assertThat(fallingCross.year()).isEqualTo(fy(2026));
        assertThat(fallingCross.categoryTotal()).isCloseTo(1166.4, within(1e-9));
        assertThat(crossover(r, "flat.fy").outcome()).isEqualTo(ExportRanking.Outcome.NOT_WITHIN);
        assertThat(r.lastPathYear().fiscalYear()).isEqualTo(fy(2035));
        assertThat(crossover(r, "young.fy").outcome()).isEqualTo(ExportRanking.Outcome.NOT_ENOUGH_HISTORY);
        assertThat(crossover(r, "small.fy").outcome()).isEqualTo(ExportRanking.Outcome.ALREADY_ABOVE);
        assertThat(r.assumptions()).isEqualTo(new ExportRanking.Assumptions(3, "Title of s", "last", "last", 10));
    }

    @Test
    void a_year_without_totals_and_a_bad_window_get_clear_answers() {
        RankingKernel k = RankingKernel.of(data(), new LastValueForecaster());
        assertThatThrownBy(
                        () -> k.compute(RankingSpec.of("s", List.of("flat.fy")).withFiscalYear(fy(2030))))
                .hasMessage("no FY30 total of s (s.fy)");
        assertThatThrownBy(
                        () -> k.compute(RankingSpec.of("s", List.of("small.fy")).withFiscalYear(fy(2022))))
                .hasMessage("no other category has a FY22 total");
        assertThatThrownBy(
                        () -> k.compute(RankingSpec.of("s", List.of("flat.fy")).withWindowYears(0)))
                .hasMessageContaining("at least one year");
    }

    private static ExportRanking.Crossover crossover(ExportRanking r, String id) {
        return r.crossovers().stream()
                .filter(c -> c.seriesId().equals(id))
                .findFirst()
                .orElseThrow();
    }
}
