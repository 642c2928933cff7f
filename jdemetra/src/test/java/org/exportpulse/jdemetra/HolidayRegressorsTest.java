package org.exportpulse.jdemetra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.chrono.HijrahChronology;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.exportpulse.core.adjust.AdjustmentSpec;
import org.exportpulse.core.adjust.Decomposition;
import org.exportpulse.core.adjust.MovingHoliday;
import org.junit.jupiter.api.Test;

/** Eid regressors in JDemetra+: a known effect planted in a series is found and taken out of the adjusted series. */
class HolidayRegressorsTest {

    static final YearMonth FIRST = YearMonth.of(2005, 1);
    static final int MONTHS = 240;
    static final double EFFECT = -40;

    /** Eid al-Fitr (1 Shawwal) by the Umm al-Qura calendar, 1400 to 1500 AH. */
    static MovingHoliday fitr() {
        List<LocalDate> dates = new ArrayList<>();
        for (int y = 1400; y <= 1500; y++) {
            dates.add(LocalDate.from(HijrahChronology.INSTANCE.date(y, 10, 1)));
        }
        return new MovingHoliday("Eid al-Fitr", 3, dates, "Umm al-Qura calendar");
    }

    /** Trend, a seasonal pattern, the Eid effect and noise (seeded). */
    static double[] series(MovingHoliday h) {
        double[] eid = h.monthlyRegressor(FIRST, MONTHS);
        SplittableRandom random = new SplittableRandom(3);
        double[] y = new double[MONTHS];
        for (int t = 0; t < MONTHS; t++) {
            y[t] = 1000 + 2 * t + 60 * Math.sin(2 * Math.PI * t / 12) + EFFECT * eid[t] + 4 * random.nextGaussian();
        }
        return y;
    }

    @Test
    void x13_and_tramo_seats_find_a_planted_eid_effect_and_adjust_it_away() {
        MovingHoliday fitr = fitr();
        double[] y = series(fitr);
        double[] eid = fitr.monthlyRegressor(FIRST, MONTHS);
        for (AdjustmentSpec.Method method : AdjustmentSpec.Method.values()) {
            AdjustmentSpec spec = new AdjustmentSpec(method, "RSA0").withHolidays(List.of(fitr));
            Decomposition d = new JdemetraAdjuster().adjust(FIRST, y, spec);

            assertThat(d.regressors()).as(method.code()).hasSize(1);
            Decomposition.RegressionEffect e = d.regressors().get(0);
            double se = e.coefficient() / e.tStat();
            assertThat(e.name()).isEqualTo("Eid al-Fitr");
            assertThat(Math.abs(e.coefficient() - EFFECT))
                    .as(method.code() + " coefficient " + e.coefficient())
                    .isLessThan(3 * Math.abs(se));
            assertThat(e.pValue()).as(method.code()).isLessThan(1e-6);
            for (int t = 0; t < MONTHS; t++) {
                assertThat(d.calendar()[t])
                        .as(method.code() + " calendar at " + t)
                        .isCloseTo(e.coefficient() * eid[t], org.assertj.core.api.Assertions.within(1e-6));
            }
            Decomposition plain = new JdemetraAdjuster().adjust(FIRST, y, new AdjustmentSpec(method, "RSA0"));
            assertThat(plain.regressors()).isEmpty();
        }
    }

    @Test
    void a_span_outside_the_holiday_table_is_refused_with_the_table_span() {
        MovingHoliday fitr = fitr();
        double[] y = series(fitr);
        AdjustmentSpec spec =
                AdjustmentSpec.defaultFor(AdjustmentSpec.Method.X13).withHolidays(List.of(fitr));
        assertThatThrownBy(() -> new JdemetraAdjuster().adjust(YearMonth.of(1960, 1), y, spec))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Eid al-Fitr dates cover 1980-");
    }
}
