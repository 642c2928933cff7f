package org.exportpulse.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import io.javalin.http.HttpStatus;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** A GET answer is sent only when no commit happened while it was read. */
class ConsistentReadsTest {

    private final AtomicInteger builds = new AtomicInteger();

    /** A store whose last change moves on each of its first {@code commits} asks. */
    private static Supplier<Optional<Instant>> changing(int commits) {
        AtomicInteger asks = new AtomicInteger();
        return () -> Optional.of(Instant.EPOCH.plusSeconds(Math.min(asks.getAndIncrement(), commits)));
    }

    private HttpResponse<String> get(Supplier<Optional<Instant>> lastChanged) throws Exception {
        Javalin app = Javalin.create(config -> {
                    config.routes.get(
                            "/x",
                            ConsistentReads.of(lastChanged, ctx -> ctx.result("build " + builds.incrementAndGet())));
                    config.routes.exception(ServerBusyException.class, (e, ctx) -> {
                        ctx.header("Retry-After", Integer.toString(e.retryAfterSeconds()));
                        Problem.send(ctx, HttpStatus.SERVICE_UNAVAILABLE, e);
                    });
                })
                .start("127.0.0.1", 0);
        try {
            return HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/x"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
        } finally {
            app.stop();
        }
    }

    @Test
    void an_answer_read_across_a_commit_is_built_again() throws Exception {
        HttpResponse<String> r = get(changing(1));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).isEqualTo("build 2");
    }

    @Test
    void an_answer_read_without_a_commit_is_built_once() throws Exception {
        assertThat(get(changing(0)).body()).isEqualTo("build 1");
    }

    @Test
    void a_store_that_keeps_changing_gets_503_with_retry_after_never_a_torn_answer() throws Exception {
        HttpResponse<String> r = get(changing(100));
        assertThat(r.statusCode()).isEqualTo(503);
        assertThat(r.headers().firstValue("Retry-After")).contains("1");
        assertThat(r.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(builds.get()).isEqualTo(ConsistentReads.TRIES);
    }
}
