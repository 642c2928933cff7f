package org.exportpulse.update.sbp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.exportpulse.core.series.Observation;
import org.exportpulse.core.series.PublicByBasis;
import org.exportpulse.core.time.CalendarMonth;
import org.exportpulse.store.AddedVintage;
import org.exportpulse.store.SeriesStore;
import org.exportpulse.update.SourceFailure;
import org.exportpulse.update.SourceFailure.Kind;
import org.exportpulse.update.Sources;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EasyDataSourceTest {

    /** Goods exports as first reported: September 2023 by Dawn (2,470), October–December as SBP's page. */
    static final String STORED = "series,period,value,public_by,public_by_basis,source\n"
            + "pk.bop.goods.exports,2023-09,2470,2023-10-20,source,https://www.dawn.com/news/1782323\n"
            + "pk.bop.goods.exports,2023-10,2764,2023-11-17,source,SBP\n"
            + "pk.bop.goods.exports,2023-11,2724,2023-12-18,source,SBP\n"
            + "pk.bop.goods.exports,2023-12,2795,2024-01-17,source,SBP\n"
            + "pk.bop.services.exports,2024-02,627,2024-03-20,source,SBP\n";

    private static final String P30 = "/api/v1/series/TS_GP_BOP_BPM6SUM_M.P00030/";
    private static final String P60 = "/api/v1/series/TS_GP_BOP_BPM6SUM_M.P00060/";
    private static final RetryPolicy ONE_TRY = new RetryPolicy(
            Duration.ofSeconds(2), Duration.ofSeconds(5), 1, Duration.ofSeconds(1), Duration.ofSeconds(5));

    private final ReplayServer server = ReplayServer.start();
    private SeriesStore store;

    @BeforeEach
    void open() throws Exception {
        store = TestStores.with(STORED);
        server.on(P30 + "meta", Answer.recorded("sbp/P00030-meta.json"))
                .on(P30 + "data", Answer.recorded("sbp/P00030-data.json"))
                .on(P60 + "meta", Answer.recorded("sbp/P00060-meta.json"))
                .on(P60 + "data", Answer.recorded("sbp/P00060-data.json"));
    }

    @AfterEach
    void close() {
        store.close();
        server.close();
    }

    private EasyDataSource source(String key, List<KeyHint> hints) {
        return new EasyDataSource(server.uri(), key, new PublisherHttp("sbp", ONE_TRY, RateLimit.NONE, d -> {}), hints);
    }

    private UpdateResult update(EasyDataSource source, boolean dryRun) {
        return Updater.run(List.of(source), store, null, dryRun, TestStores.NOW);
    }

    private List<Observation> goods(int month) {
        return store.vintages("pk.bop.goods.exports", CalendarMonth.of(month < 7 ? 2024 : 2023, month));
    }

    @Test
    void a_dry_run_lists_new_values_and_revisions_and_stores_nothing() {
        UpdateResult result = update(source("K", List.of()), true);
        assertThat(result.dryRun()).isTrue();
        assertThat(result.report().added())
                .extracting(a -> a.period().code(), AddedVintage::vintage, AddedVintage::value, AddedVintage::previous)
                .containsExactlyInAnyOrder(
                        tuple("2024-02", 1, new BigDecimal("2556.00"), null),
                        tuple("2024-01", 1, new BigDecimal("2697.00"), null),
                        tuple("2023-09", 2, new BigDecimal("2466.00"), new BigDecimal("2470")));
        assertThat(result.report().observationsUnchanged())
                .as("Oct–Dec 2023 and services")
                .isEqualTo(4);
        assertThat(goods(2)).isEmpty();
        assertThat(goods(9)).hasSize(1);
    }

    @Test
    void a_run_stores_them_as_vintages_dated_by_the_series_last_refresh() {
        update(source("K", List.of()), false);
        Observation revised = goods(9).get(1);
        assertThat(revised.vintage()).isEqualTo(2);
        assertThat(revised.value()).isEqualByComparingTo("2466");
        assertThat(revised.publicBy()).isEqualTo(LocalDate.of(2024, 3, 20));
        assertThat(revised.publicByBasis()).isEqualTo(PublicByBasis.SOURCE);
        assertThat(revised.sources()).containsExactly("SBP EasyData series TS_GP_BOP_BPM6SUM_M.P00030");
        assertThat(goods(9).get(0).value()).as("the first report is kept").isEqualByComparingTo("2470");
        assertThat(goods(2)).extracting(Observation::value).containsExactly(new BigDecimal("2556.00"));
        assertThat(update(source("K", List.of()), false).report().added())
                .as("a second run finds nothing new")
                .isEmpty();
    }

    @Test
    void asks_for_json_with_the_key_and_the_start_date_of_since() {
        Updater.run(List.of(source("K&1", List.of())), store, LocalDate.of(2024, 1, 1), true, TestStores.NOW);
        assertThat(server.requests())
                .contains(
                        P30 + "meta?api_key=K&1&format=json",
                        P30 + "data?api_key=K&1&format=json&start_date=2024-01-01");
    }

    @Test
    void since_drops_earlier_periods_even_when_the_service_sends_them() {
        UpdateResult result =
                Updater.run(List.of(source("K", List.of())), store, LocalDate.of(2024, 1, 15), true, TestStores.NOW);
        assertThat(result.report().added()).extracting(a -> a.period().code()).containsOnly("2024-01", "2024-02");
    }

    @Test
    void without_a_key_it_asks_for_one_and_sends_nothing() {
        UpdateFailed f = catchThrowableOfType(UpdateFailed.class, () -> update(source(null, List.of()), false));
        assertThat(f.failures()).extracting(SourceFailure::kind).containsExactly(Kind.NOT_CONFIGURED);
        assertThat(f.getMessage()).contains("PULSE_SBP_API_KEY", "nothing was stored");
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void a_refused_key_stores_nothing() {
        server.on(P60 + "data", Answer.status(401, "{\"message\":\"API key expired\"}"));
        UpdateFailed f = catchThrowableOfType(UpdateFailed.class, () -> update(source("OLD", List.of()), false));
        assertThat(f.failures().get(0).kind()).isEqualTo(Kind.BAD_KEY);
        assertThat(f.getMessage()).contains("API key expired").doesNotContain("OLD");
        assertThat(goods(2))
                .as("P00030, fetched before P00060 failed, was not stored")
                .isEmpty();
    }

    @Test
    void a_changed_or_broken_answer_is_a_bad_response_and_stores_nothing() {
        for (String broken :
                List.of("sbp/data-wrong-key.json", "sbp/data-truncated.json", "sbp/data-renamed-columns.json")) {
            server.on(P30 + "data", Answer.recorded(broken));
            UpdateFailed f = catchThrowableOfType(UpdateFailed.class, () -> update(source("K", List.of()), false));
            assertThat(f.failures().get(0).kind()).as(broken).isEqualTo(Kind.BAD_RESPONSE);
            assertThat(f.getMessage()).as(broken).contains("not the documented EasyData series data");
            assertThat(goods(9)).hasSize(1);
        }
    }

    @Test
    void an_html_page_in_place_of_metadata_is_a_bad_response() {
        server.on(P30 + "meta", Answer.ok("<html><body>Maintenance</body></html>"));
        UpdateFailed f = catchThrowableOfType(UpdateFailed.class, () -> update(source("K", List.of()), false));
        assertThat(f.getMessage()).contains("answered not JSON", "expected EasyData's {\"columns\", \"rows\"}");
    }

    @Test
    void without_a_last_refresh_date_values_are_dated_by_the_fetch() {
        server.on(
                P30 + "meta", Answer.ok("{\"columns\":[\"Series Key\"],\"rows\":[[\"TS_GP_BOP_BPM6SUM_M.P00030\"]]}"));
        UpdateResult result = update(source("K", List.of()), false);
        assertThat(result.sources().get(0).notes()).anyMatch(n -> n.contains("no Last Refresh Date"));
        Observation feb = goods(2).get(0);
        assertThat(feb.publicBy()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(feb.publicByBasis()).isEqualTo(PublicByBasis.FETCHED);
    }

    @Test
    void a_key_a_series_lacks_is_found_in_its_dataset_and_recorded_in_its_definition() {
        server.on("/api/v1/dataset/TS_GP_BOP_BPM6SUM_M/meta", Answer.recorded("sbp/BPM6SUM-dataset-meta.json"))
                .on("/api/v1/series/TS_GP_BOP_BPM6SUM_M.P00070/meta", Answer.recorded("sbp/P00060-meta.json"))
                .on(
                        "/api/v1/series/TS_GP_BOP_BPM6SUM_M.P00070/data",
                        Answer.ok("{\"columns\":[\"Series Key\","
                                + "\"Observation Date\",\"Observation Value\"],\"rows\":[]}"));
        KeyHint hint = new KeyHint("pk.ict.net_exports", "TS_GP_BOP_BPM6SUM_M", "Imports of services");
        UpdateResult result = update(source("K", List.of(hint)), false);
        assertThat(store.series("pk.ict.net_exports").orElseThrow().definition())
                .endsWith("; SBP EasyData TS_GP_BOP_BPM6SUM_M.P00070");
        assertThat(result.sources().get(0).notes())
                .anyMatch(n -> n.startsWith("pk.ict.net_exports: found EasyData key TS_GP_BOP_BPM6SUM_M.P00070"));
        assertThat(server.requests()).anyMatch(r -> r.startsWith("/api/v1/series/TS_GP_BOP_BPM6SUM_M.P00070/data"));
        assertThat(EasyDataSource.keyOf(store.series("pk.ict.net_exports").orElseThrow()))
                .contains("TS_GP_BOP_BPM6SUM_M.P00070");
    }

    @Test
    void a_name_matching_several_series_of_the_dataset_is_refused_with_the_candidates() {
        server.on("/api/v1/dataset/TS_GP_BOP_BPM6SUM_M/meta", Answer.recorded("sbp/BPM6SUM-dataset-meta.json"));
        KeyHint hint = new KeyHint("pk.ict.net_exports", "TS_GP_BOP_BPM6SUM_M", "services");
        UpdateFailed f = catchThrowableOfType(UpdateFailed.class, () -> update(source("K", List.of(hint)), false));
        assertThat(f.getMessage()).contains("has 2 series named with \"services\"", "Exports of services");
        assertThat(EasyDataSource.keyOf(store.series("pk.ict.net_exports").orElseThrow()))
                .isEmpty();
    }

    @Test
    void the_bundled_hints_name_no_dataset_they_do_not_know_and_say_so() {
        List<KeyHint> hints = Sources.keyHints();
        assertThat(hints).extracting(KeyHint::seriesId).contains("pk.ict.exports");
        UpdateResult result = update(source("K", hints), true);
        assertThat(result.sources().get(0).notes())
                .anyMatch(n -> n.startsWith("pk.ict.exports has no EasyData key") && n.contains("sbp-keys.csv"));
    }
}
