package org.exportpulse.formats.easydata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.exportpulse.core.series.Denominator;
import org.exportpulse.core.series.Frequency;
import org.exportpulse.core.series.ObservationStatus;
import org.exportpulse.core.series.Series;
import org.exportpulse.core.series.SeriesKind;
import org.exportpulse.core.series.Unit;
import org.exportpulse.core.time.FiscalCalendar;
import org.exportpulse.formats.IncomingObservation;
import org.exportpulse.formats.IngestException;
import org.exportpulse.formats.NamedInput;
import org.exportpulse.formats.SeriesLookup;
import org.junit.jupiter.api.Test;

/** SBP EasyData responses, from fixtures written from the documented shape (see the fixtures' README). */
class EasyDataReaderTest {

    private static final Series GOODS = new Series(
            "pk.bop.goods.exports",
            "Goods exports",
            Unit.USD_MILLION,
            Frequency.MONTH,
            SeriesKind.FLOW,
            FiscalCalendar.JULY_TO_JUNE,
            "SBP",
            "SBP TS_GP_BOP_BPM6SUM_M.P00030",
            List.<Denominator>of());
    private static final Series SERVICES = new Series(
            "pk.bop.services.exports",
            "Services exports",
            Unit.USD_MILLION,
            Frequency.MONTH,
            SeriesKind.FLOW,
            FiscalCalendar.JULY_TO_JUNE,
            "SBP",
            "SBP TS_GP_BOP_BPM6SUM_M.P00060",
            List.<Denominator>of());
    private static final SeriesLookup LOOKUP =
            new SeriesLookup(Map.of(GOODS.id(), GOODS, SERVICES.id(), SERVICES), null);

    private static NamedInput fixture(String name) {
        return NamedInput.ofResource(EasyDataReaderTest.class, "easydata/" + name);
    }

    private static NamedInput text(String name, String text) {
        return NamedInput.ofBytes(name, text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void reads_the_json_response_mapping_month_end_dates_statuses_and_the_series_key() throws Exception {
        List<IncomingObservation> rows = EasyDataJsonReader.read(fixture("bop_goods_exports.json"), LOOKUP);
        assertThat(rows).hasSize(4);
        IncomingObservation feb = rows.get(0);
        assertThat(feb.seriesId()).isEqualTo("pk.bop.goods.exports");
        assertThat(feb.period().code()).isEqualTo("2024-02");
        assertThat(feb.value()).isEqualByComparingTo("2556");
        assertThat(feb.status()).isEqualTo(ObservationStatus.PROVISIONAL);
        assertThat(feb.line()).isEqualTo(4);
        assertThat(feb.sources()).containsExactly("SBP EasyData series TS_GP_BOP_BPM6SUM_M.P00030");
        assertThat(rows.get(1).status()).isEqualTo(ObservationStatus.REVISED);
        assertThat(rows.get(1).note()).isEqualTo("revised with the February release");
        assertThat(rows.get(2).status()).as("unknown status text").isEqualTo(ObservationStatus.NORMAL);
        assertThat(rows.get(2).note()).isEqualTo("status: Final");
    }

    @Test
    void reads_the_csv_download_with_bare_carriage_returns() throws Exception {
        List<IncomingObservation> rows = EasyDataCsvReader.read(fixture("bop_goods_exports.csv"), LOOKUP);
        assertThat(rows).extracting(o -> o.period().code()).containsExactly("2024-02", "2024-01", "2023-12");
        assertThat(rows)
                .extracting(IncomingObservation::status)
                .containsExactly(ObservationStatus.NORMAL, ObservationStatus.PROVISIONAL, ObservationStatus.REVISED);
        assertThat(rows.get(2).line()).isEqualTo(4);
    }

    @Test
    void content_after_the_document_a_second_document_or_a_repeated_key_is_refused() {
        String doc = "{\"columns\":[\"Series Key\",\"Observation Date\",\"Observation Value\"],"
                + "\"rows\":[[\"TS_GP_BOP_BPM6SUM_M.P00030\",\"2024-02-29\",\"1\"]]}";
        for (String broken : List.of(
                doc + " GARBAGE {\"x\":1}",
                doc + "\n" + doc,
                doc.replace("]]}", "]],\"rows\":[[\"TS_GP_BOP_BPM6SUM_M.P00030\",\"2024-01-31\",\"2\"]]}"))) {
            IngestException e = catchThrowableOfType(
                    IngestException.class, () -> EasyDataJsonReader.read(text("x.json", broken), LOOKUP));
            assertThat(e).as(broken).isNotNull();
            assertThat(e.getMessage()).as(broken).startsWith("x.json:");
        }
    }

    @Test
    void a_date_that_is_not_a_month_end_is_refused() {
        IngestException e = catchThrowableOfType(
                IngestException.class,
                () -> EasyDataCsvReader.read(
                        text(
                                "x.csv",
                                "Series Key,Observation Date,Observation Value\nTS_GP_BOP_BPM6SUM_M.P00030,2024-02-28,1\n"),
                        LOOKUP));
        assertThat(e.getMessage())
                .isEqualTo("x.csv:2: observation date: '2024-02-28' is not the last day of its month"
                        + " (expected 2024-02-29 for 2024-02)");
    }

    @Test
    void a_key_no_series_names_is_refused_saying_how_to_map_it() {
        IngestException e = catchThrowableOfType(
                IngestException.class,
                () -> EasyDataCsvReader.read(
                        text("x.csv", "Series Key,Observation Date,Observation Value\nTS_GP_X.P1,2024-02-29,1\n"),
                        LOOKUP));
        assertThat(e.getMessage())
                .startsWith("x.csv:2: series key: no series names the key TS_GP_X.P1")
                .contains("--series ID");
    }

    @Test
    void a_forced_series_takes_every_row() throws Exception {
        SeriesLookup forced = new SeriesLookup(Map.of(GOODS.id(), GOODS), "pk.bop.goods.exports");
        List<IncomingObservation> rows = EasyDataCsvReader.read(
                text("x.csv", "Series Key,Observation Date,Observation Value\nTS_GP_X.P1,2024-02-29,1\n"), forced);
        assertThat(rows).singleElement().satisfies(o -> assertThat(o.seriesId()).isEqualTo("pk.bop.goods.exports"));
    }

    @Test
    void a_unit_in_another_currency_or_an_unparsable_value_is_refused() {
        IngestException e = catchThrowableOfType(
                IngestException.class,
                () -> EasyDataCsvReader.read(
                        text(
                                "x.csv",
                                "Series Key,Observation Date,Observation Value,Unit\n"
                                        + "TS_GP_BOP_BPM6SUM_M.P00030,2024-02-29,1,Million PKR\n"
                                        + "TS_GP_BOP_BPM6SUM_M.P00030,2024-01-31,n/a,Million USD\n"),
                        LOOKUP));
        assertThat(e.problems()).hasSize(2);
        assertThat(e.problems().get(0).toString()).startsWith("x.csv:2: observation value: unit PKR million");
        assertThat(e.problems().get(1).toString()).startsWith("x.csv:3: observation value: 'n/a' is not a number");
    }

    @Test
    void truncated_json_is_refused_at_its_end() {
        IngestException e = catchThrowableOfType(
                IngestException.class,
                () -> EasyDataJsonReader.read(
                        text(
                                "x.json",
                                "{\"columns\": [\"Series Key\", \"Observation Date\", \"Observation Value\"],\n\"rows\": [\n"
                                        + "[\"TS_GP_BOP_BPM6SUM_M.P00030\", \"2024-02-29\", \"2556\"],\n[\"TS_GP"),
                        LOOKUP));
        assertThat(e.getMessage()).startsWith("x.json:4: ").contains("(expected");
    }

    @Test
    void json_without_the_required_columns_is_refused() {
        IngestException e = catchThrowableOfType(
                IngestException.class,
                () -> EasyDataJsonReader.read(
                        text(
                                "x.json",
                                "{\"columns\": [\"Series Key\", \"Date\", \"Observation Value\"], \"rows\": []}"),
                        LOOKUP));
        assertThat(e.getMessage())
                .isEqualTo("x.json:1: columns: lacks observation date (expected Series Key,"
                        + " Observation Date, Observation Value)");
    }

    @Test
    void json_of_another_shape_is_refused() {
        IngestException e = catchThrowableOfType(
                IngestException.class, () -> EasyDataJsonReader.read(text("x.json", "[1, 2, 3]"), LOOKUP));
        assertThat(e.getMessage()).contains("expected a JSON object");
    }
}
