package org.exportpulse.core.peers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.exportpulse.core.series.Series;
import org.exportpulse.core.testkit.InMemorySource;
import org.exportpulse.core.time.CalendarYear;
import org.junit.jupiter.api.Test;

class PeersKernelTest {

    static InMemorySource world() {
        InMemorySource s = new InMemorySource()
                .yearly("wdi.ict_exports.pak", "Pakistan: ICT service exports (BoP, current US$)", "")
                .yearly("wdi.ict_exports.ind", "India: ICT service exports (BoP, current US$)", "")
                .yearly("wdi.ict_exports.bgd", "Bangladesh: ICT service exports (BoP, current US$)", "")
                .yearly("wdi.ict_exports.irl", "Ireland: ICT service exports (BoP, current US$)", "")
                .yearly("wdi.ict_exports.wld", "World: ICT service exports (BoP, current US$)", "World Bank aggregate");
        for (int y = 2019; y <= 2024; y++) {
            s.value("wdi.ict_exports.pak", CalendarYear.of(y), String.valueOf(1000 + 100 * (y - 2019)));
            s.value("wdi.ict_exports.ind", CalendarYear.of(y), String.valueOf(100_000 + 1000 * (y - 2019)));
            s.value("wdi.ict_exports.wld", CalendarYear.of(y), "10000000");
        }
        s.value("wdi.ict_exports.bgd", CalendarYear.of(2024), "500");
        s.value("wdi.ict_exports.irl", CalendarYear.of(2024), "200000");
        return s;
    }

    static List<Series> all(InMemorySource s) {
        List<Series> out = new ArrayList<>();
        for (String c : List.of("pak", "ind", "bgd", "irl", "wld")) {
            out.add(s.series("wdi.ict_exports." + c).orElseThrow());
        }
        return out;
    }

    @Test
    void ranks_the_chosen_economies_among_themselves_and_all_economies_but_never_aggregates() {
        InMemorySource s = world();
        PeerComparison c =
                PeersKernel.of(s, all(s)).compute(PeersSpec.of(List.of("ind", "BGD"), "PAK", "wdi.ict_exports."));

        assertThat(c.year()).isEqualTo(2024);
        assertThat(c.economiesRanked())
                .as("the World aggregate is not an economy")
                .isEqualTo(4);
        assertThat(c.rows()).extracting(PeerComparison.Row::code).containsExactly("IND", "PAK", "BGD");
        PeerComparison.Row pak = c.rows().get(1);
        assertThat(pak.highlighted()).isTrue();
        assertThat(pak.name()).isEqualTo("Pakistan");
        assertThat(pak.value()).isEqualTo(1500);
        assertThat(pak.peerRank()).isEqualTo(2);
        assertThat(pak.worldRank()).as("Ireland and India above").isEqualTo(3);
        assertThat(pak.growth()).isCloseTo((1500.0 / 1400 - 1) * 100, within(1e-9));
        assertThat(pak.growth5y()).isCloseTo((Math.pow(1500.0 / 1000, 0.2) - 1) * 100, within(1e-9));
        PeerComparison.Row bgd = c.rows().get(2);
        assertThat(bgd.growth()).as("no 2023 value").isNaN();
        assertThat(bgd.growth5y()).isNaN();
    }

    @Test
    void a_year_or_economy_without_data_and_aggregates_get_clear_answers() {
        InMemorySource s = world();
        PeersKernel k = PeersKernel.of(s, all(s));
        PeerComparison c2020 = k.compute(
                PeersSpec.of(List.of("BGD", "XYZ"), "PAK", "wdi.ict_exports.").withYear(2020));
        assertThat(c2020.missing()).containsExactly("BGD", "XYZ");
        assertThat(c2020.rows()).extracting(PeerComparison.Row::code).containsExactly("PAK");
        assertThatThrownBy(() -> k.compute(
                        PeersSpec.of(List.of(), "PAK", "wdi.ict_exports.").withYear(2010)))
                .hasMessage("wdi.ict_exports.pak has no value for 2010 (it has 2019 to 2024)");
        assertThatThrownBy(() -> k.compute(PeersSpec.of(List.of("WLD"), "PAK", "wdi.ict_exports.")))
                .hasMessageContaining("WLD is an aggregate");
        assertThatThrownBy(() -> k.compute(PeersSpec.of(List.of(), "ZZZ", "wdi.ict_exports.")))
                .hasMessageContaining("no World Bank ICT service exports are stored for ZZZ");
    }
}
