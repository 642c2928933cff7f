package org.exportpulse.update.dbnomics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.exportpulse.core.series.Frequency;
import org.exportpulse.core.series.Observation;
import org.exportpulse.core.series.PublicByBasis;
import org.exportpulse.core.series.Series;
import org.exportpulse.store.SeriesStore;
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
import org.junit.jupiter.api.Test;

class DbnomicsBopSourceTest {

    private static final RetryPolicy ONE_TRY = new RetryPolicy(
            Duration.ofSeconds(2), Duration.ofSeconds(5), 1, Duration.ofSeconds(1), Duration.ofSeconds(5));

    private final ReplayServer server = ReplayServer.start()
            .on("/v22/datasets/IMF/BOP", Answer.recorded("dbnomics/dataset-imf-bop.json"))
            .on("/v22/series/IMF/BOP", Answer.recorded("dbnomics/series-ict-credit.json"));

    @AfterEach
    void stop() {
        server.close();
    }

    private DbnomicsBopSource source() {
        return new DbnomicsBopSource(
                server.uri(),
                new PublisherHttp("imf", ONE_TRY, RateLimit.NONE, d -> {}),
                "IMF/BOP",
                Sources.economies());
    }

    @Test
    void looks_the_indicator_up_by_its_label_and_fetches_it_for_every_economy_in_one_query() throws Exception {
        try (SeriesStore store = TestStores.with("series,period,value\n")) {
            UpdateResult result = Updater.run(List.of(source()), store, null, false, TestStores.NOW);
            String query = URLDecoder.decode(server.requests().get(1), StandardCharsets.UTF_8);
            assertThat(query)
                    .startsWith("/v22/series/IMF/BOP?observations=1")
                    .contains("\"INDICATOR\":[\"X1\"]", "\"FREQ\":[\"Q\"]", "\"PK\"", "\"UA\"");
            Series pak = store.series("imf.ict_exports.pak").orElseThrow();
            assertThat(pak.frequency()).isEqualTo(Frequency.QUARTER);
            assertThat(pak.definition()).contains("IMF BOP X1", "REF_AREA PK");
            List<Observation> values = store.currentObservations("imf.ict_exports.pak");
            assertThat(values)
                    .extracting(o -> o.period().code())
                    .containsExactly("2024-Q3", "2024-Q4", "2025-Q1", "2025-Q3", "2025-Q4");
            assertThat(values.get(4).value()).isEqualByComparingTo("1179");
            assertThat(values.get(4).publicBy()).isEqualTo(LocalDate.of(2026, 11, 25));
            assertThat(values.get(4).publicByBasis()).isEqualTo(PublicByBasis.SOURCE);
            assertThat(result.sources().get(0).notes())
                    .contains("IMF indicator X1 (looked up by its label)")
                    .anyMatch(n -> n.startsWith("no quarterly values for IND, BGD"));
        }
    }

    @Test
    void the_label_rule_takes_credit_in_us_dollars_only() {
        assertThat(DbnomicsBopSource.fits(
                        "Services, Telecommunications, computer, and information services, Credit, US Dollars"))
                .isTrue();
        assertThat(DbnomicsBopSource.fits(
                        "Services, Telecommunications, computer, and information services, Debit, US Dollars"))
                .isFalse();
        assertThat(DbnomicsBopSource.fits(
                        "Services, Telecommunications, computer, and information services, Credit, Euros"))
                .isFalse();
        assertThat(DbnomicsBopSource.fits("Services, Credit, US Dollars")).isFalse();
    }

    @Test
    void labels_given_as_pairs_are_read_too() throws Exception {
        server.on(
                "/v22/datasets/IMF/BOP",
                Answer.ok("{\"datasets\":{\"docs\":[{\"dimensions_values_labels\":"
                        + "{\"INDICATOR\":[[\"X9\",\"Services, Telecommunications, computer, and information services, Credit,"
                        + " US Dollars\"]]}}]}}"));
        try (SeriesStore store = TestStores.with("series,period,value\n")) {
            Updater.run(List.of(source()), store, null, true, TestStores.NOW);
            assertThat(URLDecoder.decode(server.requests().get(1), StandardCharsets.UTF_8))
                    .contains("\"INDICATOR\":[\"X9\"]");
        }
    }

    @Test
    void no_or_several_fitting_labels_are_a_changed_answer() throws Exception {
        server.on(
                "/v22/datasets/IMF/BOP",
                Answer.ok("{\"datasets\":{\"docs\":[{\"dimensions_values_labels\":"
                        + "{\"INDICATOR\":{\"A\":\"Services, Credit, US Dollars\"}}}]}}"));
        try (SeriesStore store = TestStores.with("series,period,value\n")) {
            UpdateFailed f = catchThrowableOfType(
                    UpdateFailed.class, () -> Updater.run(List.of(source()), store, null, false, TestStores.NOW));
            assertThat(f.failures().get(0).kind()).isEqualTo(Kind.BAD_RESPONSE);
            assertThat(f.getMessage()).contains("0 INDICATOR labels naming ICT services credit");
            assertThat(server.requests()).hasSize(1);
        }
    }

    @Test
    void a_series_for_an_economy_not_asked_for_or_a_bad_period_is_refused() throws Exception {
        List<String> broken = List.of(
                "{\"series\":{\"num_found\":1,\"docs\":[{\"dimensions\":{\"REF_AREA\":\"FR\"},\"period\":[],\"value\":[]}]}}",
                "{\"series\":{\"num_found\":1,\"docs\":[{\"dimensions\":{\"REF_AREA\":\"PK\"},\"period\":[\"2024-13\"],"
                        + "\"value\":[5]}]}}",
                "{\"series\":{\"num_found\":1,\"docs\":[{\"dimensions\":{\"REF_AREA\":\"PK\"},\"period\":[\"2024-Q1\"],"
                        + "\"value\":[]}]}}",
                "{\"errors\":[{\"message\":\"dataset not found\"}]}");
        try (SeriesStore store = TestStores.with("series,period,value\n")) {
            for (String body : broken) {
                server.on("/v22/series/IMF/BOP", Answer.ok(body));
                UpdateFailed f = catchThrowableOfType(
                        UpdateFailed.class, () -> Updater.run(List.of(source()), store, null, false, TestStores.NOW));
                assertThat(f.failures().get(0).kind()).as(body).isEqualTo(Kind.BAD_RESPONSE);
                assertThat(store.series("imf.ict_exports.pak")).as(body).isEmpty();
            }
        }
    }
}
