package org.exportpulse.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.exportpulse.core.outlook.FiscalYearOutlook;
import org.exportpulse.core.outlook.OutlookKernel;
import org.exportpulse.core.outlook.OutlookSpec;
import org.exportpulse.core.series.Unit;
import org.exportpulse.core.testkit.InMemorySource;
import org.exportpulse.core.time.FiscalCalendar;
import org.exportpulse.core.time.FiscalYear;
import org.junit.jupiter.api.Test;

/** The fiscal-year outlook with ETS as its path simulator. */
class EtsOutlookTest {

    private static final FiscalYear FY25 = FiscalCalendar.JULY_TO_JUNE.fiscalYear(2025);

    @Test
    void with_ets_the_paths_spread_and_their_total_interval_widens_with_noise() {
        Integer[] values = new Integer[32];
        SplittableRandom random = new SplittableRandom(5);
        for (int i = 0; i < values.length; i++) {
            values[i] = 100 + (int) Math.round(8 * random.nextGaussian());
        }
        InMemorySource noisy =
                new InMemorySource().monthly("n", Unit.parse("USD million"), "").values("n", "2022-07", values);
        FiscalYearOutlook o = OutlookKernel.of(noisy, new Ets()).compute(OutlookSpec.of("n", FY25));
        FiscalYearOutlook.Distribution t = o.total();
        assertThat(o.fit().orElseThrow().model()).startsWith("ETS(");
        assertThat(t.lower95()).isLessThan(t.lower80());
        assertThat(t.lower80()).isLessThan(t.median());
        assertThat(t.upper80()).isLessThan(t.upper95());
        assertThat(t.mean()).isCloseTo(o.actualTotal() + 4 * 100, within(40.0));
        // the total's 80 % interval is narrower than the sum of the monthly 80 % intervals' widths
        double summed =
                o.monthly().stream().mapToDouble(m -> m.upper80() - m.lower80()).sum();
        assertThat(t.upper80() - t.lower80()).isLessThan(summed);
    }
}
