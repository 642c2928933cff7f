package org.exportpulse.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import org.exportpulse.bundle.BundledData;
import org.exportpulse.store.SeriesStore;
import org.exportpulse.store.jdbc.H2Location;
import org.exportpulse.store.jdbc.JdbcSeriesStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code GET /api/series/{id}/adjusted} and {@code /forecast} on the bundled data. */
class ModelApiTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    static Path home;

    private static SeriesStore store;
    private static Javalin app;

    @BeforeAll
    static void start() {
        store = JdbcSeriesStore.open(H2Location.dataSource(H2Location.url(home)));
        store.loadIfEmpty(() -> BundledData.read(store.allSeries()), "bundle", Instant.parse("2026-03-01T10:00:00Z"));
        app = PulseServer.create(store).start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        app.stop();
        store.close();
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void the_adjusted_series_is_the_json_of_pulse_adjust() throws Exception {
        JsonNode r = new ObjectMapper()
                .readTree(get("/api/series/pk.ict.exports/adjusted").body());
        assertThat(r.get("spec").asText()).isEqualTo("RSA3");
        assertThat(r.at("/span/months").asInt()).isEqualTo(66);
        assertThat(r.get("values")).hasSize(66);
    }

    @Test
    void forecasts_take_horizon_method_and_levels() throws Exception {
        JsonNode r = new ObjectMapper()
                .readTree(get("/api/series/pk.ict.exports/forecast?horizon=3&method=snaive&level=90")
                        .body());
        assertThat(r.get("method").asText()).isEqualTo("snaive");
        assertThat(r.get("forecasts")).hasSize(3);
        assertThat(r.get("forecasts").get(0).has("lower90")).isTrue();
    }

    @Test
    void bad_parameters_are_problems() throws Exception {
        HttpResponse<String> method = get("/api/series/pk.ict.exports/forecast?method=ets");
        assertThat(method.statusCode()).isEqualTo(400);
        assertThat(method.body()).contains("not available yet");
        assertThat(get("/api/series/pk.ict.exports/forecast?horizon=many").statusCode())
                .isEqualTo(400);
        assertThat(get("/api/series/pk.ict.exports/adjusted?spec=RSA9").statusCode())
                .isEqualTo(400);
        assertThat(get("/api/series/pk.pbs.goods.exports/adjusted").statusCode())
                .isEqualTo(400);
        assertThat(get("/api/series/nope/forecast").statusCode()).isEqualTo(404);
    }
}
