package org.exportpulse.formats.tidy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.exportpulse.core.series.Frequency;
import org.exportpulse.core.series.ObservationStatus;
import org.exportpulse.core.series.PublicByBasis;
import org.exportpulse.core.series.Unit;
import org.exportpulse.formats.Batch;
import org.exportpulse.formats.IncomingObservation;
import org.exportpulse.formats.NamedInput;
import org.junit.jupiter.api.Test;

/** Reads the bundle shipped in the repository's data/ folder. */
class TidyBundleReaderTest {

    private static final Path BUNDLE = Path.of("..", "data", "pk-ict", "bundle");

    private Batch bundle() throws Exception {
        return TidyBundleReader.read(
                NamedInput.of(BUNDLE.resolve("series.csv")),
                NamedInput.of(BUNDLE.resolve("observations.csv")),
                id -> Optional.empty());
    }

    @Test
    void reads_every_series_and_every_vintage_row_of_the_bundle() throws Exception {
        Batch batch = bundle();
        assertThat(batch.series()).hasSize(42);
        assertThat(batch.observations()).hasSize(496);
        assertThat(batch.series())
                .filteredOn(s -> s.id().equals("pk.ict.exports"))
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.unit()).isEqualTo(Unit.USD_MILLION);
                    assertThat(s.frequency()).isEqualTo(Frequency.MONTH);
                    assertThat(s.calendar().firstMonth().getValue()).isEqualTo(7);
                    assertThat(s.shareOf()).hasSize(5);
                    assertThat(s.shareOf().get(0).seriesIds())
                            .containsExactly("pk.pbs.goods.exports", "pk.pbs.services.exports");
                    assertThat(s.shareOf().get(2).seriesIds()).containsExactly("pk.bop.goods_services.exports");
                });
    }

    @Test
    void keeps_both_vintages_of_a_revised_month_with_their_dates_and_sources() throws Exception {
        var nov2024 = bundle().observations().stream()
                .filter(o -> o.seriesId().equals("pk.ict.exports")
                        && o.period().code().equals("2024-11"))
                .toList();
        assertThat(nov2024).extracting(IncomingObservation::vintage).containsExactly(1, 2);
        assertThat(nov2024.get(0).value()).isEqualByComparingTo("324");
        assertThat(nov2024.get(1).value()).isEqualByComparingTo("310");
        assertThat(nov2024.get(1).status()).isEqualTo(ObservationStatus.REVISED);
        assertThat(nov2024.get(1).sources()).containsExactly("https://dailyqudrat.pk/314784");
        assertThat(nov2024.get(1).publicByBasis()).isEqualTo(PublicByBasis.COMPILED);
    }

    @Test
    void keeps_the_published_digits() throws Exception {
        assertThat(bundle().observations())
                .filteredOn(o -> o.value().scale() == 3)
                .isNotEmpty()
                .allSatisfy(o -> assertThat(o.value().toPlainString()).matches("-?\\d+\\.\\d{3}"));
    }
}
