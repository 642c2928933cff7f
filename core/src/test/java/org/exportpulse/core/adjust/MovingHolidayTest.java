package org.exportpulse.core.adjust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class MovingHolidayTest {

    /** A holiday 11 days earlier each year (354-day years), like a lunar one, 2000 to 2066. */
    static MovingHoliday lunar() {
        List<LocalDate> dates = new ArrayList<>();
        for (LocalDate d = LocalDate.of(2066, 12, 20); d.getYear() >= 2000; d = d.minusDays(354)) {
            dates.add(0, d);
        }
        return new MovingHoliday("Test Eid", 3, dates, "test");
    }

    @Test
    void splits_a_holiday_across_the_months_its_days_fall_in_and_centres_by_calendar_month() {
        MovingHoliday h = new MovingHoliday(
                "Eid",
                3,
                List.of(
                        LocalDate.of(2018, 5, 30),
                        LocalDate.of(2019, 6, 1),
                        LocalDate.of(2020, 5, 30),
                        LocalDate.of(2021, 5, 20),
                        LocalDate.of(2022, 5, 10)),
                "test");
        assertThat(h.firstCovered()).isEqualTo(YearMonth.of(2018, 6));
        assertThat(h.lastCovered()).isEqualTo(YearMonth.of(2022, 4));
        double[] r = h.monthlyRegressor(YearMonth.of(2020, 5), 2);
        // 2020: 30 and 31 May, 1 June. Covered Mays 2019-2021 hold 0 + 2/3 + 1 (average 5/9); covered
        // Junes 2018-2021 hold 1/3 + 1 + 1/3 + 0 (average 5/12)
        assertThat(r[0]).isCloseTo(2.0 / 3 - 5.0 / 9, within(1e-12));
        assertThat(r[1]).isCloseTo(1.0 / 3 - 5.0 / 12, within(1e-12));
    }

    @Test
    void the_centred_regressor_averages_zero_by_calendar_month_over_the_table() {
        MovingHoliday h = lunar();
        YearMonth first = h.firstCovered();
        int months = (int) first.until(h.lastCovered(), java.time.temporal.ChronoUnit.MONTHS) + 1;
        double[] r = h.monthlyRegressor(first, months);
        double[] sum = new double[12];
        int[] count = new int[12];
        for (int i = 0; i < months; i++) {
            int m = first.plusMonths(i).getMonthValue() - 1;
            sum[m] += r[i];
            count[m]++;
        }
        for (int m = 0; m < 12; m++) {
            assertThat(sum[m] / count[m]).as("month " + (m + 1)).isCloseTo(0, within(1e-12));
        }
        assertThat(Arrays.stream(r).anyMatch(v -> v > 0.5))
                .as("months with all three days")
                .isTrue();
    }

    @Test
    void refuses_months_outside_its_table_and_bad_tables() {
        MovingHoliday h = lunar();
        assertThatThrownBy(() -> h.monthlyRegressor(YearMonth.of(1999, 1), 12))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Test Eid dates cover 2000-03 to 2066-11; the regressor was asked for 1999-01 to 1999-12");
        assertThatThrownBy(() -> new MovingHoliday("X", 0, List.of(LocalDate.of(2020, 1, 1)), "s"))
                .hasMessageContaining("at least one day");
        assertThatThrownBy(() ->
                        new MovingHoliday("X", 1, List.of(LocalDate.of(2020, 1, 1), LocalDate.of(2019, 1, 1)), "s"))
                .hasMessageContaining("not ascending at 2019-01-01");
    }
}
