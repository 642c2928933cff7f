package org.exportpulse.formats.wdi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.exportpulse.core.series.Frequency;
import org.exportpulse.core.series.PublicByBasis;
import org.exportpulse.core.series.Series;
import org.exportpulse.formats.Batch;
import org.exportpulse.formats.IncomingObservation;
import org.exportpulse.formats.IngestException;
import org.exportpulse.formats.NamedInput;
import org.junit.jupiter.api.Test;

/** The World Bank WDI file shipped in data/wdi, read as published. */
class WdiReaderTest {

    private static final Path FILE = Path.of("..", "data", "wdi", "API_BX.GSR.CCIS.CD_DS2_en_csv_v2_920.csv");

    private static Batch read() throws Exception {
        return WdiReader.read(NamedInput.of(FILE), Set.of("WLD", "SAS"));
    }

    @Test
    void reads_one_series_per_economy_in_us_dollars_with_the_published_digits() throws Exception {
        Batch batch = read();
        assertThat(batch.series()).hasSize(266);
        Series pak = batch.series().stream()
                .filter(s -> s.id().equals("wdi.ict_exports.pak"))
                .findFirst()
                .orElseThrow();
        assertThat(pak.frequency()).isEqualTo(Frequency.YEAR);
        assertThat(pak.unit().toString()).isEqualTo("USD");
        assertThat(pak.title()).isEqualTo("Pakistan: ICT service exports (BoP, current US$)");
        IncomingObservation pak2024 = batch.observations().stream()
                .filter(o -> o.seriesId().equals("wdi.ict_exports.pak")
                        && o.period().code().equals("2024"))
                .findFirst()
                .orElseThrow();
        assertThat(pak2024.value().toPlainString()).isEqualTo("3633000000");
        assertThat(pak2024.publicBy()).hasToString("2026-02-24");
        assertThat(pak2024.publicByBasis()).isEqualTo(PublicByBasis.SOURCE);
        assertThat(batch.observations())
                .filteredOn(o -> o.seriesId().equals("wdi.ict_exports.abw")
                        && o.period().code().equals("1995"))
                .singleElement()
                .satisfies(o -> assertThat(o.value().toPlainString()).isEqualTo("2346368.71508379"));
    }

    @Test
    void marks_aggregates_and_keeps_economies_without_values_as_series_without_observations() throws Exception {
        Batch batch = read();
        assertThat(batch.series())
                .filteredOn(WdiReader::isAggregate)
                .extracting(Series::id)
                .containsExactlyInAnyOrder("wdi.ict_exports.wld", "wdi.ict_exports.sas");
        assertThat(batch.series()).extracting(Series::id).contains("wdi.ict_exports.vnm");
        assertThat(batch.observations()).noneMatch(o -> o.seriesId().equals("wdi.ict_exports.vnm"));
        assertThat(batch.observations()).noneMatch(o -> o.period().code().equals("2025"));
    }

    @Test
    void a_value_that_is_not_a_number_is_refused_with_its_year() {
        String text =
                "\uFEFF\"Data Source\",\"World Development Indicators\",\n\n\"Last Updated Date\",\"2026-02-24\",\n\n"
                        + "\"Country Name\",\"Country Code\",\"Indicator Name\",\"Indicator Code\",\"2023\",\"2024\",\n"
                        + "\"Pakistan\",\"PAK\",\"ICT service exports (BoP, current US$)\",\"BX.GSR.CCIS.CD\",\"2718000000\",\"n.a.\",\n";
        IngestException e = catchThrowableOfType(
                IngestException.class,
                () -> WdiReader.read(NamedInput.ofBytes("wdi.csv", text.getBytes(StandardCharsets.UTF_8)), Set.of()));
        assertThat(e.getMessage()).startsWith("wdi.csv:6: 2024: 'n.a.' is not a number (expected US dollars");
    }

    @Test
    void numbers_the_store_cannot_hold_are_refused_at_once_with_a_short_message() {
        for (String value : List.of("1e-999999999", "1e-2000000000", "1e999999999", "1e309", "1".repeat(100_000))) {
            String text = "\"Last Updated Date\",\"2026-02-24\",\n\n"
                    + "\"Country Name\",\"Country Code\",\"Indicator Name\",\"Indicator Code\",\"2024\",\n"
                    + "\"Pakistan\",\"PAK\",\"ICT service exports (BoP, current US$)\",\"BX.GSR.CCIS.CD\",\"" + value
                    + "\",\n";
            IngestException e = catchThrowableOfType(
                    IngestException.class,
                    () -> WdiReader.read(
                            NamedInput.ofBytes("wdi.csv", text.getBytes(StandardCharsets.UTF_8)), Set.of()));
            assertThat(e).as(value.substring(0, Math.min(20, value.length()))).isNotNull();
            assertThat(e.getMessage()).startsWith("wdi.csv:4: 2024: ").contains("than the store holds");
            assertThat(e.getMessage().length()).isLessThan(600);
        }
    }

    @Test
    void a_file_without_the_header_line_is_refused() {
        IngestException e = catchThrowableOfType(
                IngestException.class,
                () -> WdiReader.read(
                        NamedInput.ofBytes(
                                "wdi.csv",
                                "\"Data Source\",\"WDI\",\n\"Pakistan\",\"PAK\"\n".getBytes(StandardCharsets.UTF_8)),
                        Set.of()));
        assertThat(e.getMessage()).contains("no header line starting with \"Country Name\"");
    }
}
