package org.exportpulse.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPInputStream;
import org.exportpulse.store.SeriesStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Cached GET answers: served without reaching a handler, byte for byte and header for header what
 * the handler sent, gzip-compressed on request, and never after the store changed.
 */
class ResponseCacheTest {

    private static final List<String> KEPT_HEADERS =
            List.of("Content-Type", "ETag", "Last-Modified", "Content-Disposition", "Content-Length");

    @TempDir
    Path home;

    private final Map<String, Integer> calls = new ConcurrentHashMap<>();
    private BundledServer server;
    private final MovableClock clock = new MovableClock(Instant.parse("2026-12-03T10:00:00Z"));

    @BeforeEach
    void start() {
        server = BundledServer.start(home, this::counting, clock);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private SeriesStore counting(SeriesStore store) {
        return CountingStore.counting(store, calls);
    }

    private HttpResponse<byte[]> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.uri(path));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return server.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    private int reads() {
        return calls.getOrDefault("series", 0)
                + calls.getOrDefault("currentObservations", 0)
                + calls.getOrDefault("allSeries", 0)
                + calls.getOrDefault("allVintages", 0);
    }

    @Test
    void a_repeated_request_is_answered_as_before_without_reading_the_series_again() throws Exception {
        String path = "/api/series/pk.ict.exports/observations?format=csv&from=2025-01";
        HttpResponse<byte[]> first = get(path);
        int readsAfterFirst = reads();
        int changedAfterFirst = calls.get("lastChanged");
        HttpResponse<byte[]> second = get(path);

        assertThat(readsAfterFirst).as("the first answer reads the series").isPositive();
        assertThat(reads()).as("the second comes from the cache").isEqualTo(readsAfterFirst);
        assertThat(changedAfterFirst)
                .as("the miss asks when the store last changed before and after reading")
                .isGreaterThanOrEqualTo(2);
        assertThat(calls.get("lastChanged") - changedAfterFirst)
                .as("the hit asks once")
                .isEqualTo(1);
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(first.headers().allValues("Vary")).containsExactly("Accept, Accept-Encoding");
        assertThat(second.headers().allValues("Vary")).containsExactly("Accept, Accept-Encoding");
        for (String header : KEPT_HEADERS) {
            assertThat(second.headers().firstValue(header))
                    .as(header)
                    .isPresent()
                    .isEqualTo(first.headers().firstValue(header));
        }
    }

    @Test
    void an_answer_not_asked_before_is_computed_from_the_series_held_in_memory() throws Exception {
        HttpResponse<byte[]> current = get("/api/series/pk.ict.exports/figures?period=2025-01");
        int readsAfterFirst = reads();
        HttpResponse<byte[]> asOf = get("/api/series/pk.ict.exports/figures?period=2025-01&as_of=2025-06-30");
        HttpResponse<byte[]> observations = get("/api/series/pk.ict.exports/observations?as_of=2025-03-31");

        assertThat(current.statusCode()).isEqualTo(200);
        assertThat(asOf.statusCode()).isEqualTo(200);
        assertThat(observations.statusCode()).isEqualTo(200);
        assertThat(new String(asOf.body(), java.nio.charset.StandardCharsets.UTF_8))
                .contains("\"as_of\":\"2025-06-30\"");
        assertThat(reads()).as("no series read again for another as-of date").isEqualTo(readsAfterFirst);
    }

    @Test
    void a_cached_answer_honours_if_none_match() throws Exception {
        String path = "/api/series/pk.ict.exports/figures";
        String tag = get(path).headers().firstValue("ETag").orElseThrow();
        HttpResponse<byte[]> again = get(path, "If-None-Match", "\"other\", " + tag);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(again.headers().firstValue("ETag")).hasValue(tag);
        assertThat(again.headers().firstValue("Last-Modified")).hasValue("Sun, 1 Mar 2026 10:00:00 GMT");
    }

    @Test
    void a_cached_text_answer_is_gzip_compressed_for_clients_that_accept_it() throws Exception {
        String path = "/api/series/pk.ict.exports/observations?transform=pc1";
        byte[] plain = get(path).body();
        assertThat(plain.length).isGreaterThanOrEqualTo(ResponseCache.MIN_COMPRESSED_BYTES);

        HttpResponse<byte[]> zipped = get(path, "Accept-Encoding", "br;q=1.0, gzip;q=0.8");
        assertThat(zipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(zipped.headers().firstValue("Vary")).hasValue("Accept, Accept-Encoding");
        assertThat(zipped.body().length).isLessThan(plain.length);
        assertThat(gunzip(zipped.body())).isEqualTo(plain);

        HttpResponse<byte[]> refused = get(path, "Accept-Encoding", "gzip;q=0");
        assertThat(refused.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(refused.body()).isEqualTo(plain);
    }

    @Test
    void short_and_binary_answers_are_sent_as_they_are() throws Exception {
        String small = "/api/series/pk.ict.exports";
        byte[] plain = get(small).body();
        assertThat(plain.length).isLessThan(ResponseCache.MIN_COMPRESSED_BYTES);
        HttpResponse<byte[]> again = get(small, "Accept-Encoding", "gzip");
        assertThat(again.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(again.body()).isEqualTo(plain);

        String xlsx = "/api/series/pk.ict.exports/observations?format=xlsx";
        byte[] workbook = get(xlsx).body();
        HttpResponse<byte[]> cached = get(xlsx, "Accept-Encoding", "gzip");
        assertThat(cached.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(cached.body()).isEqualTo(workbook);
    }

    @Test
    void errors_are_never_kept() throws Exception {
        String path = "/api/series/no.such.series";
        assertThat(get(path).statusCode()).isEqualTo(404);
        int readsAfterFirst = reads();
        HttpResponse<byte[]> again = get(path);
        assertThat(again.statusCode()).isEqualTo(404);
        assertThat(again.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(reads()).as("the handler ran again").isGreaterThan(readsAfterFirst);
    }

    @Test
    void an_answer_is_kept_for_the_day_it_was_made_on() throws Exception {
        HttpResponse<byte[]> first = get("/api/releases");
        int readsAfterFirst = reads();
        get("/api/releases");
        assertThat(reads()).as("the same day: kept").isEqualTo(readsAfterFirst);
        clock.advance(Duration.ofDays(1));
        HttpResponse<byte[]> nextDay = get("/api/releases");
        assertThat(reads()).as("a new day: the handler ran again").isGreaterThan(readsAfterFirst);
        assertThat(new String(first.body(), StandardCharsets.UTF_8)).contains("\"today\":\"2026-12-03\"");
        assertThat(new String(nextDay.body(), StandardCharsets.UTF_8)).contains("\"today\":\"2026-12-04\"");
    }

    /** A clock the test moves on. */
    static final class MovableClock extends Clock {
        private volatile Instant now;

        MovableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void accept_encoding_is_read_as_rfc_9110_says() {
        assertThat(ResponseCache.acceptsGzip(null)).isFalse();
        assertThat(ResponseCache.acceptsGzip("identity")).isFalse();
        assertThat(ResponseCache.acceptsGzip("gzip, deflate, br")).isTrue();
        assertThat(ResponseCache.acceptsGzip("GZIP;q=0.5")).isTrue();
        assertThat(ResponseCache.acceptsGzip("*")).isTrue();
        assertThat(ResponseCache.acceptsGzip("gzip;q=0")).isFalse();
        assertThat(ResponseCache.acceptsGzip("gzip; q=0.000, br")).isFalse();
    }

    private static byte[] gunzip(byte[] body) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return in.readAllBytes();
        }
    }
}
