package org.exportpulse.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.exportpulse.formats.Batch;
import org.exportpulse.formats.NamedInput;
import org.exportpulse.formats.tidy.TidyObservationReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reads during ingests: every figures answer must come from one state of the store. Each ingest
 * writes November and December together so that, in every state, December is exactly 1,000 above
 * November (synthetic values, for the mechanics); an answer whose month-on-month change is not
 * 1,000 mixed two states.
 */
class ReadDuringIngestTest {

    private static final int INGESTS = 40;

    @TempDir
    Path home;

    @Test
    void no_answer_mixes_values_from_before_and_after_an_ingest() throws Exception {
        try (BundledServer server = BundledServer.start(home)) {
            ingest(server, 0);
            AtomicBoolean writing = new AtomicBoolean(true);
            ExecutorService pool = Executors.newFixedThreadPool(3);
            try {
                Future<?> writer = pool.submit(() -> {
                    for (int k = 1; k <= INGESTS; k++) {
                        ingest(server, k);
                        Thread.sleep(120); // ingests come one after another, not back to back
                    }
                    writing.set(false);
                    return null;
                });
                List<Future<int[]>> readers =
                        List.of(pool.submit(() -> read(server, writing)), pool.submit(() -> read(server, writing)));
                writer.get();
                int answers = 0;
                int torn = 0;
                for (Future<int[]> r : readers) {
                    answers += r.get()[0];
                    torn += r.get()[1];
                }
                assertThat(answers).as("answers read during the ingests").isGreaterThan(INGESTS / 2);
                assertThat(torn)
                        .as("answers mixing two states of the store, of " + answers)
                        .isZero();
            } finally {
                pool.shutdownNow();
            }
        }
    }

    private static void ingest(BundledServer server, int k) throws Exception {
        String rows = "series,period,value\n"
                + "pk.ict.exports,2025-11," + (10_000 + k) + "\n"
                + "pk.ict.exports,2025-12," + (11_000 + k) + "\n";
        Batch batch = new Batch(
                List.of(),
                TidyObservationReader.read(
                        NamedInput.ofBytes("pair.csv", rows.getBytes(StandardCharsets.UTF_8)), server.store()::series));
        server.store()
                .ingest(
                        batch,
                        "pair " + k,
                        Instant.parse("2026-03-01T10:00:00Z").plusSeconds(k));
    }

    /** Reads figures until the writer is done: {answers, torn answers}. */
    private static int[] read(BundledServer server, AtomicBoolean writing) throws Exception {
        ObjectMapper json = new ObjectMapper();
        int answers = 0;
        int torn = 0;
        for (int n = 0; writing.get(); n++) {
            // a new as-of day (all after the ingests) for each answer, so that none comes from the cache
            HttpResponse<String> r = server.get("/api/series/pk.ict.exports/figures?period=2025-12&as_of="
                    + LocalDate.of(2030, 1, 1).plusDays(n));
            if (r.statusCode() == 503) {
                continue;
            }
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            JsonNode f = json.readTree(r.body());
            answers++;
            BigDecimal change = f.get("value")
                    .decimalValue()
                    .subtract(f.at("/previous/value").decimalValue());
            if (change.compareTo(BigDecimal.valueOf(1_000)) != 0) {
                torn++;
            }
        }
        return new int[] {answers, torn};
    }
}
