package org.exportpulse.core.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.exportpulse.core.series.Observation;
import org.exportpulse.core.series.ObservationStatus;
import org.exportpulse.core.series.PublicByBasis;
import org.exportpulse.core.series.Unit;
import org.exportpulse.core.testkit.InMemorySource;
import org.exportpulse.core.time.CalendarMonth;
import org.junit.jupiter.api.Test;

/** Freshness against a release pattern: latest month, last update, next release, overdue months. */
class FreshnessKernelTest {

    private static final ReleasePattern SBP = new ReleasePattern("xx.m", "SBP", 1, 16, 20, 23, 19, "test");

    /** Monthly values July 2025 to February 2026, each public on the 20th of the following month. */
    private static InMemorySource data() {
        InMemorySource s =
                new InMemorySource().monthly("xx.m", Unit.USD_MILLION, "").monthly("xx.empty", Unit.USD_MILLION, "");
        for (YearMonth m = YearMonth.of(2025, 7); !m.isAfter(YearMonth.of(2026, 2)); m = m.plusMonths(1)) {
            s.add(
                    "xx.m",
                    new Observation(
                            CalendarMonth.of(m),
                            BigDecimal.TEN,
                            ObservationStatus.NORMAL,
                            1,
                            m.plusMonths(1).atDay(20),
                            PublicByBasis.SOURCE,
                            List.of("https://example.org"),
                            "",
                            null));
        }
        return s;
    }

    private static Freshness on(String day) {
        return FreshnessKernel.of(data(), List.of(SBP))
                .compute(LocalDate.parse(day))
                .get(0);
    }

    @Test
    void months_whose_release_day_has_passed_are_overdue_and_the_next_one_is_dated() {
        Freshness f = on("2026-12-03");
        assertThat(f.latestPeriod()).isEqualTo(YearMonth.of(2026, 2));
        assertThat(f.lastUpdated()).isEqualTo(LocalDate.of(2026, 3, 20));
        assertThat(f.lastUpdatedBasis()).isEqualTo(PublicByBasis.SOURCE);
        assertThat(f.overdue()).hasSize(8).startsWith(YearMonth.of(2026, 3)).endsWith(YearMonth.of(2026, 10));
        assertThat(f.behind()).isTrue();
        assertThat(f.nextPeriod()).isEqualTo(YearMonth.of(2026, 11));
        assertThat(f.nextFrom()).isEqualTo(LocalDate.of(2026, 12, 16));
        assertThat(f.nextBy()).isEqualTo(LocalDate.of(2026, 12, 23));
    }

    @Test
    void a_compile_date_is_an_update_and_says_so() {
        InMemorySource s = data();
        s.add(
                "xx.m",
                new Observation(
                        CalendarMonth.of(YearMonth.of(2025, 6)),
                        BigDecimal.ONE,
                        ObservationStatus.NORMAL,
                        1,
                        LocalDate.of(2026, 11, 28),
                        PublicByBasis.COMPILED,
                        List.of("https://example.org"),
                        "",
                        null));
        Freshness f = FreshnessKernel.of(s, List.of(SBP))
                .compute(LocalDate.of(2026, 12, 3))
                .get(0);
        assertThat(f.lastUpdated()).isEqualTo(LocalDate.of(2026, 11, 28));
        assertThat(f.lastUpdatedBasis()).isEqualTo(PublicByBasis.COMPILED);
    }

    @Test
    void a_release_is_overdue_only_after_its_last_expected_day() {
        assertThat(on("2026-04-23").overdue())
                .as("the last expected day itself")
                .isEmpty();
        assertThat(on("2026-04-23").nextPeriod()).isEqualTo(YearMonth.of(2026, 3));
        assertThat(on("2026-04-24").overdue()).containsExactly(YearMonth.of(2026, 3));
        assertThat(on("2026-04-24").nextPeriod()).isEqualTo(YearMonth.of(2026, 4));
    }

    @Test
    void a_series_without_values_is_not_judged_behind() {
        ReleasePattern empty = new ReleasePattern("xx.empty", "SBP", 1, 16, 20, 23, 0, "");
        Freshness f = FreshnessKernel.of(data(), List.of(empty))
                .compute(LocalDate.of(2026, 12, 3))
                .get(0);
        assertThat(f.latestPeriod()).isNull();
        assertThat(f.lastUpdated()).isNull();
        assertThat(f.behind()).isFalse();
        assertThat(f.nextPeriod()).isEqualTo(YearMonth.of(2026, 11));
    }

    @Test
    void release_days_are_clipped_to_short_months_and_checked() {
        ReleasePattern late = new ReleasePattern("xx.m", "PBS", 1, 28, 30, 31, 3, "");
        assertThat(late.expectedBy(YearMonth.of(2026, 1))).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(late.expectedFrom(YearMonth.of(2026, 1))).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThatThrownBy(() -> new ReleasePattern("xx.m", "SBP", 1, 20, 16, 23, 1, ""))
                .hasMessageContaining("not in order");
        assertThatThrownBy(() -> new ReleasePattern("xx.m", "SBP", -1, 16, 20, 23, 1, ""))
                .hasMessageContaining("negative");
    }
}
