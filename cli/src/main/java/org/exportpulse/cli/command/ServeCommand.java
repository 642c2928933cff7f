package org.exportpulse.cli.command;

import io.javalin.Javalin;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.exportpulse.bundle.BundledData;
import org.exportpulse.cli.Pulse;
import org.exportpulse.server.PulseServer;
import org.exportpulse.store.OpeningStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code pulse serve [--port 8080] [--host 127.0.0.1] [--db URL]}: the JSON API until stopped. */
@Command(
        name = "serve",
        description =
                "Serve the dashboard (/) and the JSON API (/api, spec at /api/openapi.yaml) until stopped with Ctrl-C.")
public final class ServeCommand implements Callable<Integer> {

    /** Environment variable holding the bearer token that writes need; unset: read-only. */
    public static final String TOKEN_VARIABLE = "PULSE_TOKEN";

    @ParentCommand
    Pulse pulse;

    @Option(
            names = "--port",
            defaultValue = "8080",
            description = "Port to listen on (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(
            names = "--host",
            defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(
            names = "--stop-after-start",
            hidden = true,
            description =
                    "Start, answer one request to each page kind, and stop (a training run for the class-data archive).")
    boolean stopAfterStart;

    @Override
    public Integer call() throws Exception {
        // The store opens (H2, first queries) while the server binds its port: start-up in parallel.
        OpeningStore store = OpeningStore.start(pulse::store);
        Javalin app = PulseServer.create(
                        store,
                        pulse.engines(),
                        pulse.presets(),
                        pulse.environment().get(TOKEN_VARIABLE),
                        BundledData.wdiAggregates(),
                        pulse.clock())
                .start(host, port);
        try {
            store.await();
        } catch (RuntimeException | Error e) {
            app.stop();
            throw e;
        }
        if (stopAfterStart) {
            warmUp(app.port());
            app.stop();
            return 0;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            app.stop();
                            stopped.countDown();
                        },
                        "pulse-serve-stop"));
        pulse.out()
                .printf(
                        "ExportPulse on http://%s:%d/ (dashboard; JSON API under /api, spec /api/openapi.yaml), %s;"
                                + " Ctrl-C stops it.%n",
                        host,
                        app.port(),
                        pulse.environment().get(TOKEN_VARIABLE) == null ? "read-only" : "writes need the token");
        pulse.out().flush();
        stopped.await();
        return 0;
    }

    /** One request to the dashboard and to JSON endpoints, so that their classes are loaded. */
    private void warmUp(int port) throws Exception {
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        for (String path : new String[] {"/", "/api/series", "/api/series/pk.ict.exports/figures"}) {
            http.send(
                    java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://" + host + ":" + port + path))
                            .build(),
                    java.net.http.HttpResponse.BodyHandlers.discarding());
        }
    }
}
