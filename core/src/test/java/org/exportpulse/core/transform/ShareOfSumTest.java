package org.exportpulse.core.transform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.exportpulse.core.series.NotFoundException;
import org.exportpulse.core.series.Unit;
import org.exportpulse.core.testkit.InMemorySource;
import org.junit.jupiter.api.Test;

/** A share of total exports: the denominator is the sum of goods and services, month by month. */
class ShareOfSumTest {

    private final InMemorySource source = new InMemorySource()
            .monthly("xx.ict", Unit.USD_MILLION, "")
            .values("xx.ict", "2025-07", 30, 40, 50)
            .monthly("xx.goods", Unit.USD_MILLION, "")
            .values("xx.goods", "2025-07", 200, 300, 400)
            .monthly("xx.services", Unit.USD_MILLION, "")
            .values("xx.services", "2025-07", 100, null, 100);

    @Test
    void the_denominator_is_the_sum_and_a_month_missing_in_any_part_has_no_share() {
        List<Aggregation.Value> shares =
                SeriesTransforms.of(source).transform("xx.ict", Transform.parse("share:xx.goods+xx.services"));
        assertThat(shares).extracting(v -> v.period().code()).containsExactly("2025-07", "2025-08", "2025-09");
        assertThat(shares.get(0).value()).isEqualTo(10.0); // 30 / (200 + 100)
        assertThat(shares.get(1).value()).as("services missing in August").isNaN();
        assertThat(shares.get(2).value()).isEqualTo(10.0); // 50 / (400 + 100)
    }

    @Test
    void a_space_from_an_unencoded_plus_in_a_url_reads_as_plus() {
        Transform t = Transform.parse("share:xx.goods xx.services");
        assertThat(t.text()).isEqualTo("share:xx.goods+xx.services");
        assertThat(t.denominatorSeriesIds()).containsExactly("xx.goods", "xx.services");
        assertThat(Transform.parse("pc1").denominatorSeriesIds()).isEmpty();
    }

    @Test
    void every_part_must_be_a_series_id_and_must_exist() {
        assertThatThrownBy(() -> Transform.parse("share:xx.goods+"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("series id");
        assertThatThrownBy(() ->
                        SeriesTransforms.of(source).transform("xx.ict", Transform.parse("share:xx.goods+xx.nothing")))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining("xx.nothing");
    }
}
