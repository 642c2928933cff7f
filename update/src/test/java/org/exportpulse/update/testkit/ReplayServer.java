package org.exportpulse.update.testkit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A real HTTP server on a free local port that replays recorded publisher answers: each route (a
 * path, optionally a fragment its query must hold) answers its answers in turn, the last one
 * repeated. Unrouted requests get 404. Every request is recorded, so tests can check what a
 * connector asked for.
 */
public final class ReplayServer implements AutoCloseable {

    /** One recorded answer. */
    public record Answer(int status, Map<String, String> headers, byte[] body, Duration delay) {

        /** A 200 answer with a recorded body from this kit's resources ({@code recorded/…}). */
        public static Answer recorded(String resource) {
            return new Answer(200, Map.of("Content-Type", contentType(resource)), read(resource), Duration.ZERO);
        }

        public static Answer status(int status, String body) {
            return new Answer(status, Map.of(), body.getBytes(StandardCharsets.UTF_8), Duration.ZERO);
        }

        public static Answer ok(String body) {
            return new Answer(
                    200,
                    Map.of("Content-Type", "application/json"),
                    body.getBytes(StandardCharsets.UTF_8),
                    Duration.ZERO);
        }

        public Answer withHeader(String name, String value) {
            Map<String, String> more = new java.util.HashMap<>(headers);
            more.put(name, value);
            return new Answer(status, Map.copyOf(more), body, delay);
        }

        public Answer after(Duration wait) {
            return new Answer(status, headers, body, wait);
        }

        private static String contentType(String resource) {
            return resource.endsWith(".csv") ? "text/csv" : "application/json";
        }

        private static byte[] read(String resource) {
            String path = "org/exportpulse/update/recorded/" + resource;
            try (InputStream in = ReplayServer.class.getClassLoader().getResourceAsStream(path)) {
                if (in == null) {
                    throw new IllegalArgumentException("no recorded answer " + path);
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** A request as received: method, path with query, headers (names lower case), body. */
    public record Received(String method, String target, Map<String, String> headers, byte[] body) {}

    private record Route(String path, String queryHolds, List<Answer> answers, int[] next) {}

    private final HttpServer server;
    private final List<Route> routes = new CopyOnWriteArrayList<>();
    private final List<String> requests = Collections.synchronizedList(new ArrayList<>());
    private final List<Received> received = Collections.synchronizedList(new ArrayList<>());

    private ReplayServer(HttpServer server) {
        this.server = server;
    }

    /** Starts a server on a free port of the loopback interface. */
    public static ReplayServer start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            ReplayServer replay = new ReplayServer(server);
            server.createContext("/", replay::handle);
            server.setExecutor(Executors.newCachedThreadPool());
            server.start();
            return replay;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code http://127.0.0.1:PORT}. */
    public URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Answers requests for {@code path} with {@code answers} in turn. */
    public ReplayServer on(String path, Answer... answers) {
        return on(path, "", answers);
    }

    /** Answers requests for {@code path} whose (decoded) query holds {@code queryHolds}. */
    public ReplayServer on(String path, String queryHolds, Answer... answers) {
        routes.add(0, new Route(path, queryHolds, List.of(answers), new int[1]));
        return this;
    }

    /** Every request received, as {@code path?query} (decoded), oldest first. */
    public List<String> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    /** Every request received, with headers and body, oldest first. */
    public List<Received> received() {
        synchronized (received) {
            return List.copyOf(received);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        URI uri = exchange.getRequestURI();
        String query = uri.getQuery() == null ? "" : uri.getQuery();
        requests.add(uri.getPath() + (query.isEmpty() ? "" : "?" + query));
        Map<String, String> headers = new java.util.TreeMap<>();
        exchange.getRequestHeaders()
                .forEach((k, v) -> headers.put(k.toLowerCase(java.util.Locale.ROOT), String.join(",", v)));
        received.add(new Received(
                exchange.getRequestMethod(),
                uri.getPath() + (query.isEmpty() ? "" : "?" + query),
                Map.copyOf(headers),
                exchange.getRequestBody().readAllBytes()));
        Answer answer = Answer.status(404, "{\"message\": \"not recorded\"}");
        for (Route route : routes) {
            if (route.path().equals(uri.getPath()) && query.contains(route.queryHolds())) {
                synchronized (route) {
                    int i = Math.min(route.next()[0]++, route.answers().size() - 1);
                    answer = route.answers().get(i);
                }
                break;
            }
        }
        try (exchange) {
            if (!answer.delay().isZero()) {
                Thread.sleep(answer.delay().toMillis());
            }
            answer.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
            exchange.sendResponseHeaders(answer.status(), answer.body().length == 0 ? -1 : answer.body().length);
            if (answer.body().length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(answer.body());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // the client gave up (a time-out test): nothing to answer
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
