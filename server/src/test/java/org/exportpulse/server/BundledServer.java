package org.exportpulse.server;

import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.exportpulse.brief.compose.BriefPresets;
import org.exportpulse.bundle.BundledData;
import org.exportpulse.engines.StandardEngines;
import org.exportpulse.store.SeriesStore;
import org.exportpulse.store.jdbc.H2Location;
import org.exportpulse.store.jdbc.JdbcSeriesStore;

/** A read-only server on an embedded store holding the bundled data, on a free port, for API tests. */
record BundledServer(SeriesStore store, Javalin app) implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    static BundledServer start(Path home) {
        return start(home, UnaryOperator.identity());
    }

    /** A server on {@code serving.apply(store)}: the store as the server sees it, e.g. counting its calls. */
    static BundledServer start(Path home, UnaryOperator<SeriesStore> serving) {
        return start(home, serving, Clock.systemUTC());
    }

    /** The same, its clock (which dates answers judged on today) given. */
    static BundledServer start(Path home, UnaryOperator<SeriesStore> serving, Clock clock) {
        return start(home, serving, clock, new CheckGate(CheckLimits.defaults()));
    }

    /** A server whose claim checks run through {@code checks}. */
    static BundledServer start(Path home, CheckGate checks) {
        return start(home, UnaryOperator.identity(), Clock.systemUTC(), checks);
    }

    private static BundledServer start(Path home, UnaryOperator<SeriesStore> serving, Clock clock, CheckGate checks) {
        SeriesStore store = JdbcSeriesStore.open(H2Location.dataSource(H2Location.url(home)));
        store.loadIfEmpty(() -> BundledData.read(store.allSeries()), "bundle", Instant.parse("2026-03-01T10:00:00Z"));
        Javalin app = PulseServer.create(
                        serving.apply(store),
                        StandardEngines.get(),
                        BriefPresets.of(BundledData.briefPresets()),
                        null,
                        Set.of(),
                        clock,
                        checks)
                .start("127.0.0.1", 0);
        return new BundledServer(store, app);
    }

    int port() {
        return app.port();
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + app.port() + path);
    }

    <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body) throws Exception {
        return HTTP.send(request.build(), body);
    }

    HttpResponse<String> get(String path) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)), HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() {
        app.stop();
        store.close();
    }
}
