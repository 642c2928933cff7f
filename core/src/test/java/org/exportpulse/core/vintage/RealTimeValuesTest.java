package org.exportpulse.core.vintage;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.exportpulse.core.series.Observation;
import org.exportpulse.core.series.ObservationStatus;
import org.exportpulse.core.series.PublicByBasis;
import org.exportpulse.core.time.CalendarMonth;
import org.junit.jupiter.api.Test;

/** ALFRED's real-time rules over the vintages of August 2022 (227, then 228) and September 2022. */
class RealTimeValuesTest {

    private static final List<Observation> VINTAGES = List.of(
            obs("2022-08", "227", 1, "2022-09-22"),
            obs("2022-08", "228", 2, "2022-10-20"),
            obs("2022-09", "204", 1, "2022-10-20"),
            obs("2022-09", "205", 2, null));

    @Test
    void the_value_known_on_a_day_is_the_highest_vintage_public_by_then() {
        List<Observation> august = RealTimeValues.byPeriod(VINTAGES).get("2022-08");
        assertThat(RealTimeValues.knownOn(august, LocalDate.parse("2022-09-21")))
                .isEmpty();
        assertThat(RealTimeValues.knownOn(august, LocalDate.parse("2022-10-01"))
                        .orElseThrow()
                        .value())
                .isEqualByComparingTo("227");
        assertThat(RealTimeValues.knownOn(august, LocalDate.parse("2022-10-20"))
                        .orElseThrow()
                        .value())
                .isEqualByComparingTo("228");
    }

    @Test
    void spells_are_clipped_to_the_window_and_a_vintage_without_a_date_takes_no_part() {
        List<RealTimeValues.Spell> spells =
                RealTimeValues.spells(VINTAGES, LocalDate.parse("2022-10-01"), LocalDate.parse("2022-12-31"));
        assertThat(spells)
                .extracting(s -> s.observation().period().code() + " "
                        + s.observation().value() + " " + s.from() + ".." + s.to())
                .containsExactly(
                        "2022-08 227 2022-10-01..2022-10-19",
                        "2022-08 228 2022-10-20..2022-12-31",
                        "2022-09 204 2022-10-20..2022-12-31");
    }

    @Test
    void a_window_before_the_first_release_has_no_spells() {
        assertThat(RealTimeValues.spells(VINTAGES, LocalDate.parse("2022-01-01"), LocalDate.parse("2022-09-21")))
                .isEmpty();
    }

    @Test
    void release_dates_are_distinct_and_ordered_and_initial_releases_are_the_lowest_vintages() {
        assertThat(RealTimeValues.releaseDates(VINTAGES))
                .containsExactly(LocalDate.parse("2022-09-22"), LocalDate.parse("2022-10-20"));
        assertThat(RealTimeValues.initialReleases(VINTAGES))
                .extracting(o -> o.period().code() + "=" + o.value())
                .containsExactly("2022-08=227", "2022-09=204");
    }

    private static Observation obs(String month, String value, int vintage, String publicBy) {
        return new Observation(
                CalendarMonth.of(YearMonth.parse(month)),
                new BigDecimal(value),
                vintage == 1 ? ObservationStatus.NORMAL : ObservationStatus.REVISED,
                vintage,
                publicBy == null ? null : LocalDate.parse(publicBy),
                publicBy == null ? null : PublicByBasis.SOURCE,
                List.of(),
                "");
    }
}
