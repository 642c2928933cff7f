package org.exportpulse.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.exportpulse.core.series.ObservationStatus;
import org.exportpulse.core.time.CalendarMonth;
import org.exportpulse.formats.Batch;
import org.exportpulse.formats.IncomingObservation;
import org.exportpulse.store.SeriesStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every page a person opens reads on a phone, says how fresh the data is, and the brief is made once per store change. */
class PagesTest {

    @TempDir
    Path home;

    private BundledServer server;
    private final Map<String, Integer> calls = new ConcurrentHashMap<>();

    @BeforeEach
    void start() {
        server = BundledServer.start(home, this::counting, Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private SeriesStore counting(SeriesStore store) {
        return CountingStore.counting(store, calls);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return server.send(
                HttpRequest.newBuilder(server.uri(path)).header("Accept", "text/html"),
                HttpResponse.BodyHandlers.ofString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/brief", "/check", "/docs"})
    void every_page_has_a_viewport_and_the_datas_freshness(String path) throws Exception {
        HttpResponse<String> page = get(path);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"")
                .contains("id=\"freshness\"", "data through February 2026", "next release:");
    }

    @Test
    void a_second_brief_comes_from_the_cache_until_the_store_changes() throws Exception {
        HttpResponse<String> first = get("/brief");
        int reads = calls.getOrDefault("allSeries", 0);
        assertThat(reads).as("the first brief reads the catalog").isPositive();
        HttpResponse<String> second = get("/brief");
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(calls.getOrDefault("allSeries", 0))
                .as("the second is answered from the cache, without computing the brief again")
                .isEqualTo(reads);
        assertThat(get("/api/brief?format=json").statusCode()).isEqualTo(200);
        int afterJson = calls.getOrDefault("allSeries", 0);
        assertThat(get("/api/brief?format=json").statusCode()).isEqualTo(200);
        assertThat(calls.getOrDefault("allSeries", 0)).isEqualTo(afterJson);

        server.store()
                .ingest(
                        new Batch(
                                List.of(),
                                List.of(new IncomingObservation(
                                        "pk.ict.exports",
                                        CalendarMonth.of(2026, 3),
                                        new BigDecimal("401"),
                                        ObservationStatus.NORMAL,
                                        null,
                                        null,
                                        null,
                                        List.of("https://example.org/march"),
                                        "",
                                        "t",
                                        2))),
                        "test",
                        Instant.parse("2026-12-01T10:00:00Z"));
        HttpResponse<String> changed = get("/brief");
        assertThat(calls.getOrDefault("allSeries", 0))
                .as("a store change makes the brief again")
                .isGreaterThan(afterJson);
        assertThat(changed.body()).contains("March 2026").isNotEqualTo(first.body());
    }
}
