package org.exportpulse.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The overload harness: {@value #CHECKS} clients post the largest article the default limits
 * accept, all at once, while one reader keeps asking for figures the cache has not seen. Every check
 * must end in an answer or a quick 503 with {@code Retry-After}, and reads must stay fast. The
 * readers' latencies, idle and under the burst, are written to {@code target/check-overload.txt}
 * for BENCHMARKS.md.
 */
class CheckOverloadTest {

    static final int CHECKS = 200;

    private int probe;

    @Test
    void two_hundred_large_checks_at_once_leave_the_read_api_responsive(@TempDir Path home) throws Exception {
        CheckLimits limits = CheckLimits.defaults();
        try (BundledServer server = BundledServer.start(home, new CheckGate(limits))) {
            String article = CheckLimitsHttpTest.article((int) limits.maxBodyBytes());
            HttpClient clients =
                    HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            probes(server, 50);
            long[] idle = probes(server, 100);

            long start = System.nanoTime();
            List<CompletableFuture<HttpResponse<String>>> checks = new ArrayList<>();
            for (int i = 0; i < CHECKS; i++) {
                checks.add(clients.sendAsync(
                        CheckLimitsHttpTest.check(server, article)
                                .timeout(Duration.ofSeconds(120))
                                .build(),
                        HttpResponse.BodyHandlers.ofString()));
            }
            CompletableFuture<Void> all = CompletableFuture.allOf(checks.toArray(CompletableFuture[]::new));
            List<Long> loaded = new ArrayList<>();
            while (!all.isDone()) {
                loaded.add(probe(server));
            }
            all.get(10, TimeUnit.SECONDS);
            double burstSeconds = (System.nanoTime() - start) / 1e9;

            int answered = 0;
            int busy = 0;
            for (CompletableFuture<HttpResponse<String>> check : checks) {
                HttpResponse<String> response = check.get();
                if (response.statusCode() == 200) {
                    answered++;
                    assertThat(response.body()).contains("\"claims\"");
                } else {
                    assertThat(response.statusCode()).as(response.body()).isEqualTo(503);
                    assertThat(response.headers().firstValue("Retry-After")).isPresent();
                    assertThat(response.headers().firstValue("Content-Type")).hasValue(Problem.CONTENT_TYPE);
                    busy++;
                }
            }
            long[] underLoad = loaded.stream().mapToLong(Long::longValue).toArray();
            String report = String.format(
                    Locale.ROOT,
                    "%d checks of %d KiB at once (%d at a time, %d queued, budget %d s): %d answered, %d refused"
                            + " with 503, all done in %.1f s%nreads idle:       %s%nreads under load: %s%n",
                    CHECKS,
                    limits.maxBodyBytes() / 1024,
                    limits.concurrent(),
                    limits.queued(),
                    limits.budget().toSeconds(),
                    answered,
                    busy,
                    burstSeconds,
                    summary(idle),
                    summary(underLoad));
            System.out.print(report);
            Files.writeString(Path.of("target", "check-overload.txt"), report, StandardCharsets.UTF_8);

            assertThat(answered).as("checks answered").isPositive();
            assertThat(answered + busy).isEqualTo(CHECKS);
            assertThat(underLoad).as("reads made during the burst").hasSizeGreaterThan(10);
            assertThat(percentile(underLoad, 0.99))
                    .as("read p99 under load, ms")
                    .isLessThan(2_000);
        }
    }

    private long[] probes(BundledServer server, int n) throws Exception {
        long[] millis = new long[n];
        for (int i = 0; i < n; i++) {
            millis[i] = probe(server);
        }
        return millis;
    }

    /** One read the cache has not seen (a new as-of day each time), in milliseconds. */
    private long probe(BundledServer server) throws Exception {
        LocalDate asOf = LocalDate.of(2026, 3, 1).plusDays(probe++);
        long start = System.nanoTime();
        HttpResponse<String> figures = server.get("/api/series/pk.ict.exports/figures?as_of=" + asOf);
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertThat(figures.statusCode()).as(figures.body()).isEqualTo(200);
        return millis;
    }

    private static String summary(long[] millis) {
        return String.format(
                Locale.ROOT,
                "%d requests, p50 %d ms, p99 %d ms, max %d ms",
                millis.length,
                percentile(millis, 0.50),
                percentile(millis, 0.99),
                Arrays.stream(millis).max().orElse(0));
    }

    private static long percentile(long[] millis, double p) {
        long[] sorted = millis.clone();
        Arrays.sort(sorted);
        return sorted.length == 0 ? 0 : sorted[(int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];
    }
}
