package org.exportpulse.server;

import io.javalin.config.Key;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts the requests being answered, so that a server asked to stop finishes them first: once
 * draining, a new request gets 503 with {@code Retry-After} and {@code Connection: close}, and the
 * stop waits for the running ones (up to a limit).
 */
final class InFlightRequests implements Filter {

    /** Where the server keeps its instance. */
    static final Key<InFlightRequests> KEY = new Key<>("exportpulse.in-flight-requests");

    private final AtomicInteger running = new AtomicInteger();
    private volatile boolean draining;

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (draining) {
            HttpServletResponse res = (HttpServletResponse) response;
            res.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            res.setHeader("Retry-After", "5");
            res.setHeader("Connection", "close");
            res.setContentType(Problem.CONTENT_TYPE);
            res.getOutputStream()
                    .write(("{\"type\":\"about:blank\",\"title\":\"Service Unavailable\",\"status\":503,"
                                    + "\"detail\":\"the server is stopping\"}")
                            .getBytes(StandardCharsets.UTF_8));
            return;
        }
        running.incrementAndGet();
        try {
            chain.doFilter(request, response);
            if (!request.isAsyncStarted()) {
                complete(response);
            }
        } finally {
            running.decrementAndGet();
        }
    }

    /**
     * Writes the rest of the answer (the last chunk of a chunked body) before the request counts as
     * answered: without it a stop could close the connection between the handler's return and the
     * container's completion, cutting a chunked body short.
     */
    private static void complete(ServletResponse response) throws IOException {
        try {
            response.getOutputStream().close();
        } catch (IllegalStateException writerInUse) {
            response.getWriter().close();
        }
    }

    /** Requests being answered now. */
    int running() {
        return running.get();
    }

    /**
     * Refuses new requests from now on and waits until the running ones are answered or {@code
     * wait} has passed.
     *
     * @return the requests still running when it stopped waiting
     */
    int drain(Duration wait) throws InterruptedException {
        draining = true;
        long deadline = System.nanoTime() + wait.toNanos();
        while (running.get() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        return running.get();
    }
}
