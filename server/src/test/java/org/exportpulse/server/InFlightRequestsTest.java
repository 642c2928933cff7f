package org.exportpulse.server;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A stopping server answers the requests it has begun and refuses new ones with 503. */
class InFlightRequestsTest {

    private final InFlightRequests inFlight = new InFlightRequests();

    @Test
    void a_drain_waits_for_the_running_request_and_refuses_new_ones() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> running = CompletableFuture.runAsync(() -> call((req, res) -> {
            entered.countDown();
            await(release);
        }));
        assertThat(entered.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(inFlight.running()).isEqualTo(1);

        CompletableFuture<Integer> drain = CompletableFuture.supplyAsync(() -> drain(Duration.ofSeconds(10)));
        waitUntilDraining();
        FakeResponse refused = new FakeResponse();
        boolean[] reached = {false};
        inFlight.doFilter(request(), refused.proxy(), (req, res) -> reached[0] = true);
        assertThat(reached[0])
                .as("a new request does not reach the application")
                .isFalse();
        assertThat(refused.status).isEqualTo(503);
        assertThat(refused.headers).containsEntry("Retry-After", "5").containsEntry("Connection", "close");
        assertThat(refused.body()).contains("\"status\":503", "the server is stopping");
        assertThat(drain).as("the drain waits for the running request").isNotDone();

        release.countDown();
        running.get(5, TimeUnit.SECONDS);
        assertThat(drain.get(5, TimeUnit.SECONDS)).as("requests left running").isZero();
    }

    @Test
    void a_drain_gives_up_after_its_wait_and_counts_what_was_still_running() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> stuck = CompletableFuture.runAsync(() -> call((req, res) -> {
            entered.countDown();
            await(release);
        }));
        assertThat(entered.await(5, TimeUnit.SECONDS)).isTrue();
        long start = System.nanoTime();
        assertThat(inFlight.drain(Duration.ofMillis(300))).isEqualTo(1);
        assertThat(System.nanoTime() - start)
                .isGreaterThanOrEqualTo(Duration.ofMillis(300).toNanos());
        release.countDown();
        stuck.get(5, TimeUnit.SECONDS);
        assertThat(inFlight.running()).isZero();
    }

    @Test
    void a_request_counts_as_answered_only_once_its_body_is_complete() throws Exception {
        FakeResponse response = new FakeResponse();
        boolean[] openWhileCounted = {false};
        inFlight.doFilter(request(), response.proxy(), (req, res) -> {
            res.getOutputStream().write('x');
            openWhileCounted[0] = !response.closed && inFlight.running() == 1;
        });
        assertThat(openWhileCounted[0]).isTrue();
        assertThat(response.closed)
                .as("the body is closed (its last chunk written) before a stop may close the connection")
                .isTrue();
        assertThat(inFlight.running()).isZero();
    }

    @Test
    void a_request_that_fails_is_no_longer_counted() {
        try {
            inFlight.doFilter(request(), new FakeResponse().proxy(), (req, res) -> {
                throw new IllegalStateException("boom");
            });
        } catch (Exception expected) {
            assertThat(expected).hasMessage("boom");
        }
        assertThat(inFlight.running()).isZero();
    }

    private void waitUntilDraining() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (System.nanoTime() < deadline) {
            FakeResponse probe = new FakeResponse();
            CountDownLatch passed = new CountDownLatch(1);
            call(probe, (req, res) -> passed.countDown());
            if (passed.getCount() == 1) {
                return;
            }
            Thread.sleep(10);
        }
        throw new AssertionError("the filter never started draining");
    }

    private int drain(Duration wait) {
        try {
            return inFlight.drain(wait);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private void call(jakarta.servlet.FilterChain chain) {
        call(new FakeResponse(), chain);
    }

    private void call(FakeResponse response, jakarta.servlet.FilterChain chain) {
        try {
            inFlight.doFilter(request(), response.proxy(), chain);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static ServletRequest request() {
        return (ServletRequest) Proxy.newProxyInstance(
                ServletRequest.class.getClassLoader(),
                new Class<?>[] {ServletRequest.class},
                (p, m, a) -> m.getName().equals("isAsyncStarted") ? Boolean.FALSE : null);
    }

    /** The parts of a servlet response the filter writes. */
    private static final class FakeResponse {
        int status = 200;
        final Map<String, String> headers = new HashMap<>();
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        boolean closed;

        String body() {
            return bytes.toString(StandardCharsets.UTF_8);
        }

        ServletResponse proxy() {
            ServletOutputStream stream = new ServletOutputStream() {
                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {}

                @Override
                public void write(int b) {
                    bytes.write(b);
                }

                @Override
                public void close() {
                    closed = true;
                }
            };
            return (ServletResponse) Proxy.newProxyInstance(
                    HttpServletResponse.class.getClassLoader(),
                    new Class<?>[] {HttpServletResponse.class},
                    (p, method, args) -> {
                        switch (method.getName()) {
                            case "setStatus" -> status = (Integer) args[0];
                            case "setHeader" -> headers.put((String) args[0], (String) args[1]);
                            case "getOutputStream" -> {
                                return stream;
                            }
                            default -> {}
                        }
                        return null;
                    });
        }
    }
}
