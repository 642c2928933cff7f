package org.exportpulse.update.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.ServerSocket;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.exportpulse.update.SourceFailure;
import org.exportpulse.update.SourceFailure.Kind;
import org.exportpulse.update.testkit.ReplayServer;
import org.exportpulse.update.testkit.ReplayServer.Answer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PublisherHttpTest {

    private static final RetryPolicy FAST = new RetryPolicy(
            Duration.ofSeconds(2), Duration.ofMillis(500), 4, Duration.ofSeconds(2), Duration.ofMinutes(2));

    private final ReplayServer server = ReplayServer.start();
    private final List<Duration> waits = new ArrayList<>();
    private final PublisherHttp http = new PublisherHttp("sbp", FAST, RateLimit.NONE, waits::add);

    @AfterEach
    void stop() {
        server.close();
    }

    private URI at(String path) {
        return server.uri().resolve(path + "?api_key=SECRET123&format=json");
    }

    @Test
    void returns_the_body_of_a_200_answer() {
        server.on("/a", Answer.ok("{\"x\": 1}"));
        assertThat(http.get(at("/a"))).isEqualTo("{\"x\": 1}");
        assertThat(http.requestsMade()).isEqualTo(1);
        assertThat(waits).isEmpty();
    }

    @Test
    void a_refused_key_fails_at_once_and_never_shows_the_key() {
        server.on("/a", Answer.status(401, "{\"error\": \"Invalid API key\"}"));
        SourceFailure f = catchThrowableOfType(SourceFailure.class, () -> http.get(at("/a")));
        assertThat(f.kind()).isEqualTo(Kind.BAD_KEY);
        assertThat(f.getMessage())
                .startsWith("sbp: GET http://127.0.0.1:")
                .contains("api_key=***", "HTTP 401", "the key was refused", "Invalid API key")
                .doesNotContain("SECRET123");
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void forbidden_is_a_refused_key_too() {
        server.on("/a", Answer.status(403, ""));
        assertThat(catchThrowableOfType(SourceFailure.class, () -> http.get(at("/a")))
                        .kind())
                .isEqualTo(Kind.BAD_KEY);
    }

    @Test
    void server_errors_are_retried_with_doubling_waits_then_reported() {
        server.on("/a", Answer.status(503, "<html>Service Unavailable</html>"));
        SourceFailure f = catchThrowableOfType(SourceFailure.class, () -> http.get(at("/a")));
        assertThat(f.kind()).isEqualTo(Kind.SERVER_ERROR);
        assertThat(f.getMessage()).contains("HTTP 503", "gave up after 4 tries");
        assertThat(server.requests()).hasSize(4);
        assertThat(waits).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(8));
    }

    @Test
    void a_server_error_followed_by_an_answer_succeeds() {
        server.on("/a", Answer.status(500, ""), Answer.ok("[]"));
        assertThat(http.get(at("/a"))).isEqualTo("[]");
        assertThat(server.requests()).hasSize(2);
    }

    @Test
    void a_rate_limit_answer_is_retried_after_the_wait_the_server_asks_for() {
        server.on("/a", Answer.status(429, "").withHeader("Retry-After", "30"), Answer.ok("[]"));
        assertThat(http.get(at("/a"))).isEqualTo("[]");
        assertThat(waits).containsExactly(Duration.ofSeconds(30));
    }

    @Test
    void a_rate_limit_asking_for_a_longer_wait_than_accepted_ends_the_run() {
        server.on("/a", Answer.status(429, "Too Many Requests").withHeader("Retry-After", "3600"));
        SourceFailure f = catchThrowableOfType(SourceFailure.class, () -> http.get(at("/a")));
        assertThat(f.kind()).isEqualTo(Kind.RATE_LIMITED);
        assertThat(f.getMessage()).contains("HTTP 429", "retry after 3600 s", "run the update again later");
        assertThat(server.requests()).hasSize(1);
        assertThat(waits).isEmpty();
    }

    @Test
    void a_rate_limit_that_persists_is_reported_as_such() {
        server.on("/a", Answer.status(429, ""));
        SourceFailure f = catchThrowableOfType(SourceFailure.class, () -> http.get(at("/a")));
        assertThat(f.kind()).isEqualTo(Kind.RATE_LIMITED);
        assertThat(server.requests()).hasSize(4);
    }

    @Test
    void the_request_budget_refuses_a_request_beyond_it_without_sending_it() {
        Clock clock = Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC);
        PublisherHttp limited = new PublisherHttp("sbp", FAST, new RateLimit(2, 2000, clock), waits::add);
        server.on("/a", Answer.ok("[]"));
        limited.get(at("/a"));
        limited.get(at("/a"));
        SourceFailure f = catchThrowableOfType(SourceFailure.class, () -> limited.get(at("/a")));
        assertThat(f.kind()).isEqualTo(Kind.RATE_LIMITED);
        assertThat(f.getMessage()).contains("limit of 2 requests an hour");
        assertThat(server.requests()).hasSize(2);
    }

    @Test
    void the_daily_budget_counts_requests_older_than_an_hour() {
        Instant[] now = {Instant.parse("2026-12-01T00:00:00Z")};
        Clock clock = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now[0];
            }
        };
        RateLimit limit = new RateLimit(2, 3, clock);
        assertThat(limit.take()).isNull();
        assertThat(limit.take()).isNull();
        assertThat(limit.take()).isEqualTo("2 requests an hour");
        now[0] = now[0].plus(Duration.ofMinutes(61));
        assertThat(limit.take()).isNull();
        assertThat(limit.take()).isEqualTo("3 requests a day");
        now[0] = now[0].plus(Duration.ofHours(24));
        assertThat(limit.take()).isNull();
    }

    @Test
    void a_slow_answer_times_out_and_is_retried_then_reported() {
        server.on("/a", Answer.ok("[]").after(Duration.ofSeconds(3)));
        SourceFailure f = catchThrowableOfType(SourceFailure.class, () -> http.get(at("/a")));
        assertThat(f.kind()).isEqualTo(Kind.UNREACHABLE);
        assertThat(f.getMessage()).contains("timed out", "gave up after 4 tries");
    }

    @Test
    void a_refused_connection_is_unreachable() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        SourceFailure f = catchThrowableOfType(
                SourceFailure.class, () -> http.get(URI.create("http://127.0.0.1:" + port + "/a?api_key=K")));
        assertThat(f.kind()).isEqualTo(Kind.UNREACHABLE);
        assertThat(f.getMessage()).contains("check the network", "api_key=***");
    }

    @Test
    void not_found_and_other_client_errors_are_not_retried() {
        server.on("/gone", Answer.status(404, "")).on("/bad", Answer.status(400, "bad parameter"));
        assertThat(catchThrowableOfType(SourceFailure.class, () -> http.get(at("/gone")))
                        .kind())
                .isEqualTo(Kind.NOT_FOUND);
        SourceFailure bad = catchThrowableOfType(SourceFailure.class, () -> http.get(at("/bad")));
        assertThat(bad.kind()).isEqualTo(Kind.BAD_RESPONSE);
        assertThat(bad.getMessage()).contains("HTTP 400", "bad parameter");
        assertThat(server.requests()).hasSize(2);
    }
}
