package org.exportpulse.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import org.exportpulse.bundle.BundledData;
import org.exportpulse.store.SeriesStore;
import org.exportpulse.store.jdbc.H2Location;
import org.exportpulse.store.jdbc.JdbcSeriesStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code POST /api/ingest}: token, limits, all-or-nothing. */
class IngestApiTest {

    private static final String TOKEN = "s3cret-token";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path home;

    private SeriesStore store;
    private Javalin writable;
    private Javalin readOnly;

    @BeforeEach
    void start() {
        store = JdbcSeriesStore.open(H2Location.dataSource(H2Location.url(home)));
        store.loadIfEmpty(() -> BundledData.read(store.allSeries()), "bundle", Instant.parse("2026-03-01T10:00:00Z"));
        Clock clock = Clock.fixed(Instant.parse("2026-03-20T09:00:00Z"), ZoneOffset.UTC);
        writable = PulseServer.create(store, TOKEN, Set.of(), clock).start("127.0.0.1", 0);
        readOnly = PulseServer.create(store).start("127.0.0.1", 0);
    }

    @AfterEach
    void stop() {
        writable.stop();
        readOnly.stop();
        store.close();
    }

    private static HttpResponse<String> post(Javalin app, String query, byte[] body, String authorization)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + app.port() + "/api/ingest" + query))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private String march2026() throws Exception {
        HttpResponse<String> r = HTTP.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + writable.port()
                                + "/api/series/pk.ict.exports/observations?from=2026-03&to=2026-03"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        return new ObjectMapper().readTree(r.body()).get("observations").toString();
    }

    private static byte[] csv(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void a_streamed_body_over_the_limit_gets_413_as_a_problem() throws Exception {
        HttpResponse<String> r = HTTP.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + writable.port() + "/api/ingest"))
                        .header("Authorization", "Bearer " + TOKEN)
                        .POST(CheckLimitsHttpTest.chunked("a".repeat((int) PulseServer.MAX_REQUEST_BYTES + 10)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(r.headers().firstValue("Content-Type")).hasValue(Problem.CONTENT_TYPE);
        assertThat(r.body()).contains("\"status\":413");
    }

    @Test
    void with_the_token_a_file_is_stored_and_served() throws Exception {
        assertThat(march2026())
                .as("asked once before, so a cached answer exists")
                .isEqualTo("[]");
        HttpResponse<String> r = post(
                writable,
                "?name=march.csv&released=2026-04-17",
                csv("series,period,value\npk.ict.exports,2026-03,410\n"),
                "Bearer " + TOKEN);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode report = new ObjectMapper().readTree(r.body());
        assertThat(report.get("observations_added").asInt()).isEqualTo(1);
        assertThat(march2026()).contains("\"value\":410").contains("\"public_by\":\"2026-04-17\"");
    }

    @Test
    void a_server_without_a_token_is_read_only() throws Exception {
        HttpResponse<String> r =
                post(readOnly, "", csv("series,period,value\npk.ict.exports,2026-03,410\n"), "Bearer anything");
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(march2026()).isEqualTo("[]");
    }

    @Test
    void a_missing_or_wrong_token_is_refused_with_401() throws Exception {
        byte[] body = csv("series,period,value\npk.ict.exports,2026-03,410\n");
        HttpResponse<String> none = post(writable, "", body, null);
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(none.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
        assertThat(post(writable, "", body, "Bearer s3cret-tokeN").statusCode()).isEqualTo(401);
        assertThat(post(writable, "", body, "Basic " + TOKEN).statusCode()).isEqualTo(401);
        assertThat(march2026()).isEqualTo("[]");
    }

    @Test
    void the_scheme_name_is_case_insensitive_as_http_says() throws Exception {
        byte[] body = csv("series,period,value\npk.ict.exports,2026-03,410\n");
        assertThat(post(writable, "", body, "bearer " + TOKEN).statusCode()).isEqualTo(200);
        assertThat(march2026()).contains("410");
    }

    @Test
    void a_bad_file_is_refused_with_its_line_and_nothing_is_stored() throws Exception {
        HttpResponse<String> r = post(
                writable,
                "?name=bad.csv",
                csv("series,period,value\npk.ict.exports,2026-03,410\npk.ict.exports,2026-13,411\n"),
                "Bearer " + TOKEN);
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(new ObjectMapper().readTree(r.body()).get("detail").asText())
                .startsWith("bad.csv:3: period: month 13 of 2026 does not exist");
        assertThat(march2026()).isEqualTo("[]");
    }

    @Test
    void a_body_over_the_limit_is_refused_with_413() throws Exception {
        int status = OversizedRequest.status(writable.port(), "/api/ingest", "Authorization: Bearer " + TOKEN + "\r\n");
        assertThat(status).isEqualTo(413);
        assertThat(march2026()).isEqualTo("[]");
    }
}
