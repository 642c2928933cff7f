package org.exportpulse.core.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.exportpulse.core.outlook.OutlookSpec;
import org.exportpulse.core.peers.PeersSpec;
import org.exportpulse.core.time.FiscalCalendar;
import org.exportpulse.core.time.FiscalYear;
import org.junit.jupiter.api.Test;

/** The kernels' specs: their defaults, and withers that change one thing. */
class SpecsTest {

    private static final FiscalYear FY26 = FiscalCalendar.JULY_TO_JUNE.fiscalYear(2026);

    @Test
    void a_ranking_defaults_to_the_latest_year_and_a_three_year_window() {
        RankingSpec spec = RankingSpec.of("s", List.of("a.fy", "b.fy"));
        assertThat(spec.fiscalYear()).isEmpty();
        assertThat(spec.windowYears())
                .isEqualTo(RankingSpec.DEFAULT_WINDOW_YEARS)
                .isEqualTo(3);
        RankingSpec fy26 = spec.withFiscalYear(FY26).withWindowYears(5);
        assertThat(fy26.fiscalYear()).isEqualTo(Optional.of(FY26));
        assertThat(fy26.windowYears()).isEqualTo(5);
        assertThat(fy26.categories()).isEqualTo(spec.categories());
        assertThat(spec.fiscalYear()).as("the original is unchanged").isEmpty();
    }

    @Test
    void an_outlook_has_no_target_unless_given() {
        OutlookSpec spec = OutlookSpec.of("s", FY26);
        assertThat(spec.target()).isEqualTo(OptionalDouble.empty());
        assertThat(spec.withTarget(4200).target()).isEqualTo(OptionalDouble.of(4200));
        assertThat(spec.withTarget(4200)).isEqualTo(OutlookSpec.of("s", FY26).withTarget(4200));
    }

    @Test
    void peers_default_to_the_latest_year() {
        PeersSpec spec = PeersSpec.of(List.of("IND"), "PAK", "wdi.ict_exports.");
        assertThat(spec.year()).isEqualTo(OptionalInt.empty());
        assertThat(spec.withYear(2022).year()).isEqualTo(OptionalInt.of(2022));
        assertThat(spec.withYear(2022).seriesPrefix()).isEqualTo("wdi.ict_exports.");
    }
}
