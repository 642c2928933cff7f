package org.exportpulse.update.worldbank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.exportpulse.bundle.BundledData;
import org.exportpulse.core.series.Observation;
import org.exportpulse.core.series.PublicByBasis;
import org.exportpulse.core.time.CalendarYear;
import org.exportpulse.formats.NamedInput;
import org.exportpulse.formats.wdi.WdiReader;
import org.exportpulse.store.SeriesStore;
import org.exportpulse.update.SourceFailure.Kind;
import org.exportpulse.update.UpdateFailed;
import org.exportpulse.update.UpdateResult;
import org.exportpulse.update.Updater;
import org.exportpulse.update.http.PublisherHttp;
import org.exportpulse.update.http.RateLimit;
import org.exportpulse.update.http.RetryPolicy;
import org.exportpulse.update.testkit.ReplayServer;
import org.exportpulse.update.testkit.ReplayServer.Answer;
import org.exportpulse.update.testkit.TestStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WorldBankSourceTest {

    private static final String PATH = "/v2/country/all/indicator/BX.GSR.CCIS.CD";
    private static final RetryPolicy ONE_TRY = new RetryPolicy(
            Duration.ofSeconds(2), Duration.ofSeconds(5), 1, Duration.ofSeconds(1), Duration.ofSeconds(5));

    private final ReplayServer server = ReplayServer.start()
            .on(PATH, "&page=1", Answer.recorded("worldbank/page1.json"))
            .on(PATH, "&page=2", Answer.recorded("worldbank/page2.json"));

    @AfterEach
    void stop() {
        server.close();
    }

    private WorldBankSource source() {
        return new WorldBankSource(
                server.uri(),
                new PublisherHttp("worldbank", ONE_TRY, RateLimit.NONE, d -> {}),
                BundledData.wdiAggregates(),
                WorldBankSource.ICT_EXPORTS);
    }

    private static NamedInput wdiFile() {
        return NamedInput.ofResource(
                BundledData.class, BundledData.FOLDER + "wdi/API_BX.GSR.CCIS.CD_DS2_en_csv_v2_920.csv");
    }

    @Test
    void reads_every_page_and_creates_the_economies_new_to_the_store() throws Exception {
        try (SeriesStore store = TestStores.with("series,period,value\n")) {
            UpdateResult result = Updater.run(List.of(source()), store, null, false, TestStores.NOW);
            assertThat(server.requests()).hasSize(2);
            assertThat(server.requests().get(0)).contains("format=json", "per_page=20000", "page=1");
            assertThat(result.report().seriesCreated()).isEqualTo(4);
            assertThat(result.report().observationsAdded())
                    .as("4 economies × 4 years; 2025 is null")
                    .isEqualTo(16);
            assertThat(WdiReader.isAggregate(store.series("wdi.ict_exports.wld").orElseThrow()))
                    .isTrue();
            assertThat(WdiReader.isAggregate(store.series("wdi.ict_exports.pak").orElseThrow()))
                    .isFalse();
            Observation pak = store.currentObservations("wdi.ict_exports.pak").stream()
                    .filter(o -> o.period().equals(CalendarYear.of(2024)))
                    .findFirst()
                    .orElseThrow();
            assertThat(pak.value()).isEqualByComparingTo("3633000000");
            assertThat(pak.publicBy()).isEqualTo(LocalDate.of(2026, 2, 24));
            assertThat(pak.publicByBasis()).isEqualTo(PublicByBasis.SOURCE);
        }
    }

    @Test
    void the_api_and_the_bundled_bulk_file_agree_to_the_digit() throws Exception {
        try (SeriesStore store = TestStores.with("series,period,value\n", wdiFile())) {
            UpdateResult result = Updater.run(List.of(source()), store, null, true, TestStores.NOW);
            assertThat(result.report().added()).isEmpty();
            assertThat(result.report().observationsUnchanged()).isEqualTo(16);
            assertThat(result.report().seriesCreated()).isZero();
        }
    }

    @Test
    void since_asks_for_the_years_from_it_to_now() throws Exception {
        try (SeriesStore store = TestStores.with("series,period,value\n")) {
            UpdateResult result = Updater.run(List.of(source()), store, LocalDate.of(2024, 1, 1), true, TestStores.NOW);
            assertThat(server.requests().get(0)).contains("date=2024:2026");
            assertThat(result.report().added())
                    .extracting(a -> a.period().code())
                    .containsOnly("2024");
        }
    }

    @Test
    void the_apis_error_answer_with_status_200_is_reported_and_stores_nothing() throws Exception {
        server.on(PATH, "&page=1", Answer.recorded("worldbank/error-invalid-indicator.json"));
        try (SeriesStore store = TestStores.with("series,period,value\n")) {
            UpdateFailed f = catchThrowableOfType(
                    UpdateFailed.class, () -> Updater.run(List.of(source()), store, null, false, TestStores.NOW));
            assertThat(f.failures().get(0).kind()).isEqualTo(Kind.BAD_RESPONSE);
            assertThat(f.getMessage()).contains("answered error 120 Invalid value", "expected data for BX.GSR.CCIS.CD");
            assertThat(store.series("wdi.ict_exports.pak")).isEmpty();
        }
    }

    @Test
    void a_failing_second_page_stores_nothing_of_the_first() throws Exception {
        server.on(PATH, "&page=2", Answer.status(502, "Bad Gateway"));
        try (SeriesStore store = TestStores.with("series,period,value\n")) {
            UpdateFailed f = catchThrowableOfType(
                    UpdateFailed.class, () -> Updater.run(List.of(source()), store, null, false, TestStores.NOW));
            assertThat(f.failures().get(0).kind()).isEqualTo(Kind.SERVER_ERROR);
            assertThat(store.series("wdi.ict_exports.pak")).isEmpty();
        }
    }

    @Test
    void malformed_answers_say_what_was_expected() throws Exception {
        List<String> broken = List.of(
                "{\"page\": 1}",
                "[{\"page\":1,\"pages\":1,\"lastupdated\":\"yesterday\"},[]]",
                "[{\"page\":1,\"pages\":1},[{\"countryiso3code\":\"PAK\",\"country\":{\"value\":\"Pakistan\"},"
                        + "\"date\":\"2024\",\"value\":\"3.6bn\"}]]",
                "<html>");
        try (SeriesStore store = TestStores.with("series,period,value\n")) {
            for (String body : broken) {
                server.on(PATH, "&page=1", Answer.ok(body));
                UpdateFailed f = catchThrowableOfType(
                        UpdateFailed.class, () -> Updater.run(List.of(source()), store, null, false, TestStores.NOW));
                assertThat(f.failures().get(0).kind()).as(body).isEqualTo(Kind.BAD_RESPONSE);
                assertThat(f.getMessage()).as(body).containsPattern("expected|not JSON");
            }
        }
    }
}
