package org.exportpulse.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.exportpulse.core.release.ReleasePattern;
import org.exportpulse.core.series.PublicByBasis;
import org.exportpulse.core.time.CalendarMonth;
import org.exportpulse.formats.IncomingObservation;
import org.junit.jupiter.api.Test;

/**
 * Every row of {@code calendar/releases.csv} is recomputed from the bundle's dated first reports, so
 * the calendar and the data cannot drift apart.
 */
class ReleaseCalendarTest {

    @Test
    void each_release_pattern_is_what_the_bundled_first_reports_show() {
        List<IncomingObservation> rows = BundledData.read(List.of()).observations();
        List<ReleasePattern> patterns = BundledData.releasePatterns();
        assertThat(patterns).extracting(ReleasePattern::seriesId).contains("pk.ict.exports", "pk.pbs.goods.exports");
        for (ReleasePattern p : patterns) {
            List<Integer> days = new ArrayList<>();
            for (IncomingObservation o : rows) {
                if (o.seriesId().equals(p.seriesId())
                        && o.period() instanceof CalendarMonth
                        && o.publicByBasis() == PublicByBasis.SOURCE
                        && o.vintage() != null
                        && o.vintage() == 1
                        && YearMonth.from(o.publicBy())
                                .equals(o.period().first().plusMonths(p.monthsAfter()))) {
                    days.add(o.publicBy().getDayOfMonth());
                }
            }
            days.sort(Integer::compare);
            int n = days.size();
            assertThat(n).as(p.seriesId() + " reports").isEqualTo(p.reports());
            assertThat(days.get(0)).as(p.seriesId() + " first day").isEqualTo(p.firstDay());
            assertThat(days.get((n - 1) / 2)).as(p.seriesId() + " median day").isEqualTo(p.usualDay());
            int last = days.stream()
                    .filter(d -> days.stream().filter(x -> x <= d).count() * 5 >= n * 4L)
                    .findFirst()
                    .orElseThrow();
            assertThat(last).as(p.seriesId() + " day by which 80% appeared").isEqualTo(p.lastDay());
        }
    }
}
