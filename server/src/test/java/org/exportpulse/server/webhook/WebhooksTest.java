package org.exportpulse.server.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.exportpulse.bundle.BundledData;
import org.exportpulse.core.series.PublicByBasis;
import org.exportpulse.core.time.CalendarMonth;
import org.exportpulse.store.AddedVintage;
import org.exportpulse.store.IngestReport;
import org.exportpulse.store.SeriesStore;
import org.exportpulse.store.jdbc.H2Location;
import org.exportpulse.store.jdbc.JdbcSeriesStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Webhook deliveries to a real local receiver. */
class WebhooksTest {

    private static final String SECRET = "shared-secret";
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-20T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    static Path home;

    private static SeriesStore store;

    private record Received(Map<String, List<String>> headers, byte[] body) {}

    private final List<Received> received = Collections.synchronizedList(new ArrayList<>());
    private final List<Integer> statuses = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger calls = new AtomicInteger();
    private final List<String> log = Collections.synchronizedList(new ArrayList<>());
    private volatile CountDownLatch hold = new CountDownLatch(0);
    private HttpServer receiver;

    @BeforeAll
    static void open() {
        store = JdbcSeriesStore.open(H2Location.dataSource(H2Location.url(home)));
        store.loadIfEmpty(() -> BundledData.read(store.allSeries()), "bundle", Instant.parse("2026-03-01T10:00:00Z"));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @AfterEach
    void stop() {
        if (receiver != null) {
            receiver.stop(0);
        }
    }

    /** A receiver answering {@code answers} in turn (the last repeated). */
    private URI receiver(int... answers) throws Exception {
        receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.createContext("/hook", exchange -> {
            try (exchange) {
                hold.await();
                byte[] body = exchange.getRequestBody().readAllBytes();
                received.add(new Received(Map.copyOf(exchange.getRequestHeaders()), body));
                int status = answers[Math.min(calls.getAndIncrement(), answers.length - 1)];
                statuses.add(status);
                exchange.sendResponseHeaders(status, -1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        receiver.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        receiver.start();
        return URI.create("http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook");
    }

    private Webhooks hooks(URI url) {
        return new Webhooks(List.of(url), SECRET, CLOCK, log::add, 3, Duration.ofMillis(10));
    }

    /** December 2025 as a value the update added (the bundle holds it: 437). */
    private static IngestReport decemberAdded() {
        AddedVintage dec = new AddedVintage(
                "pk.ict.exports",
                CalendarMonth.of(2025, 12),
                1,
                new BigDecimal("437"),
                null,
                LocalDate.of(2026, 1, 19),
                PublicByBasis.SOURCE);
        return new IngestReport(0, 0, 1, 0, List.of(dec));
    }

    private static String header(Received r, String name) {
        return r.headers().entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase(name))
                .map(e -> e.getValue().get(0))
                .findFirst()
                .orElse(null);
    }

    @Test
    void a_new_month_is_posted_with_its_figures_and_a_signature_the_receiver_can_check() throws Exception {
        try (Webhooks hooks = hooks(receiver(204))) {
            hooks.announce(decemberAdded(), store);
            assertThat(hooks.awaitDeliveries(Duration.ofSeconds(20))).isTrue();
        }
        assertThat(received).hasSize(1);
        Received r = received.get(0);
        long timestamp = Long.parseLong(header(r, "X-Pulse-Timestamp"));
        assertThat(timestamp).isEqualTo(CLOCK.instant().getEpochSecond());
        assertThat(WebhookSignature.verify(SECRET, timestamp, r.body(), header(r, "X-Pulse-Signature")))
                .isTrue();
        assertThat(WebhookSignature.verify("other", timestamp, r.body(), header(r, "X-Pulse-Signature")))
                .isFalse();
        assertThat(WebhookSignature.verify(SECRET, timestamp + 1, r.body(), header(r, "X-Pulse-Signature")))
                .isFalse();
        assertThat(header(r, "X-Pulse-Event")).isEqualTo("value.added");
        assertThat(header(r, "X-Pulse-Delivery")).hasSize(36);
        JsonNode body = new ObjectMapper().readTree(r.body());
        assertThat(body.get("series").asText()).isEqualTo("pk.ict.exports");
        assertThat(body.get("latest").asText()).isEqualTo("2025-12");
        assertThat(body.at("/values/0/public_by").asText()).isEqualTo("2026-01-19");
        assertThat(body.at("/figures/value").decimalValue()).isEqualByComparingTo("437");
        assertThat(body.at("/figures/fytd/value").decimalValue()).isEqualByComparingTo("2236");
        assertThat(log)
                .containsExactly("webhook " + header(r, "Host").replace("127.0.0.1", "http://127.0.0.1")
                        + "/hook: delivered" + " pk.ict.exports (" + header(r, "X-Pulse-Delivery") + ")");
    }

    @Test
    void a_server_error_is_retried_and_the_same_delivery_arrives() throws Exception {
        try (Webhooks hooks = hooks(receiver(503, 200))) {
            hooks.announce(decemberAdded(), store);
            assertThat(hooks.awaitDeliveries(Duration.ofSeconds(20))).isTrue();
        }
        assertThat(statuses).containsExactly(503, 200);
        assertThat(header(received.get(0), "X-Pulse-Delivery")).isEqualTo(header(received.get(1), "X-Pulse-Delivery"));
        assertThat(log.get(0)).contains("delivered pk.ict.exports");
    }

    @Test
    void a_refusal_is_not_retried_and_is_logged() throws Exception {
        try (Webhooks hooks = hooks(receiver(410))) {
            hooks.announce(decemberAdded(), store);
            assertThat(hooks.awaitDeliveries(Duration.ofSeconds(20))).isTrue();
        }
        assertThat(statuses).containsExactly(410);
        assertThat(log.get(0)).contains("gave up on pk.ict.exports", "HTTP 410");
    }

    @Test
    void announcing_never_waits_for_the_receiver() throws Exception {
        hold = new CountDownLatch(1);
        try (Webhooks hooks = hooks(receiver(200))) {
            assertTimeoutPreemptively(Duration.ofSeconds(10), () -> hooks.announce(decemberAdded(), store));
            assertThat(hooks.awaitDeliveries(Duration.ofMillis(50))).isFalse();
            hold.countDown();
            assertThat(hooks.awaitDeliveries(Duration.ofSeconds(20))).isTrue();
        }
        assertThat(statuses).containsExactly(200);
    }

    @Test
    void revisions_alone_announce_nothing() throws Exception {
        AddedVintage revision = new AddedVintage(
                "pk.ict.exports",
                CalendarMonth.of(2024, 11),
                3,
                new BigDecimal("311"),
                new BigDecimal("310"),
                LocalDate.of(2026, 1, 19),
                PublicByBasis.SOURCE);
        try (Webhooks hooks = hooks(receiver(200))) {
            hooks.announce(new IngestReport(0, 0, 1, 0, List.of(revision)), store);
            assertThat(hooks.awaitDeliveries(Duration.ofSeconds(5))).isTrue();
        }
        assertThat(received).isEmpty();
    }

    @Test
    void the_environment_needs_http_urls_and_a_secret() {
        assertThat(Webhooks.fromEnvironment(Map.of(), CLOCK, log::add).any()).isFalse();
        assertThat(Webhooks.fromEnvironment(
                                Map.of(
                                        "PULSE_WEBHOOKS",
                                        "https://a.example/h, http://b.example/h",
                                        "PULSE_WEBHOOK_SECRET",
                                        "s"),
                                CLOCK,
                                log::add)
                        .any())
                .isTrue();
        assertThat(catchThrowableOfType(
                        IllegalArgumentException.class,
                        () -> Webhooks.fromEnvironment(
                                Map.of("PULSE_WEBHOOKS", "https://a.example/h"), CLOCK, log::add)))
                .hasMessageContaining("PULSE_WEBHOOK_SECRET is not");
        assertThat(catchThrowableOfType(
                        IllegalArgumentException.class,
                        () -> Webhooks.fromEnvironment(
                                Map.of("PULSE_WEBHOOKS", "ftp://a.example/h", "PULSE_WEBHOOK_SECRET", "s"),
                                CLOCK,
                                log::add)))
                .hasMessageContaining("is not an http(s) URL");
    }
}
