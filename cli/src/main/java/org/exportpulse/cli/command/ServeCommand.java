package org.exportpulse.cli.command;

import io.javalin.Javalin;
import io.javalin.util.JavalinBindException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import org.exportpulse.bundle.BundledData;
import org.exportpulse.cli.Pulse;
import org.exportpulse.server.PulseServer;
import org.exportpulse.server.webhook.Webhooks;
import org.exportpulse.store.OpeningStore;
import org.exportpulse.store.SeriesStore;
import org.exportpulse.update.ScheduledUpdates;
import org.exportpulse.update.Source;
import org.exportpulse.update.Sources;
import org.exportpulse.update.sbp.EasyDataSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code pulse serve [--port 8080] [--host 127.0.0.1] [--db URL]}: the JSON API until stopped. */
@Command(
        name = "serve",
        description =
                "Serve the dashboard (/) and the JSON API (/api, spec at /api/openapi.yaml) until stopped with Ctrl-C or"
                        + " SIGTERM (running requests are answered first; exit 0).")
public final class ServeCommand implements Callable<Integer> {

    /** How long a stop waits for the requests being answered. */
    static final Duration STOP_WAIT = Duration.ofSeconds(10);

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
            names = "--update-every",
            paramLabel = "DURATION",
            description = "Update from the publishers in the background, at start and then every DURATION (30m, 6h,"
                    + " 1d); servers sharing a database update once per interval. Without PULSE_SBP_API_KEY, sbp is"
                    + " left out.")
    String updateEvery;

    @Option(
            names = "--stop-after-start",
            hidden = true,
            description =
                    "Start, answer one request to each page kind, and stop (a training run for the class-data archive).")
    boolean stopAfterStart;

    @Override
    public Integer call() throws Exception {
        Duration every = updateEvery == null ? null : Arguments.duration("--update-every", updateEvery);
        if (every != null && every.compareTo(Duration.ofMinutes(1)) < 0) {
            throw new IllegalArgumentException(
                    "--update-every " + updateEvery + " is too short (expected at least 1m)");
        }
        Consumer<String> log = line -> {
            pulse.err().println("pulse serve: " + line);
            pulse.err().flush();
        };
        Webhooks hooks = every == null ? null : Webhooks.fromEnvironment(pulse.environment(), pulse.clock(), log);
        // The store opens (H2, first queries) while the server binds its port: start-up in parallel.
        OpeningStore store = OpeningStore.start(pulse::store);
        Javalin app = PulseServer.create(
                store,
                pulse.engines(),
                pulse.presets(),
                pulse.environment().get(TOKEN_VARIABLE),
                BundledData.wdiAggregates(),
                pulse.clock());
        try {
            app.start(host, port);
        } catch (JavalinBindException e) {
            store.await();
            throw new IllegalArgumentException("port " + port + " on " + host
                    + " is in use by another program or not open to this one (expected a free port: stop the"
                    + " other program, or choose another with --port, e.g. --port 0 for any free one)");
        }
        try {
            store.await();
        } catch (RuntimeException | Error e) {
            app.stop();
            throw e;
        }
        ScheduledUpdates updates = every == null ? null : scheduleUpdates(store, every, hooks, log);
        if (stopAfterStart) {
            warmUp(app.port());
            app.stop();
            return 0;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        StopSignals.onTerminateOrInterrupt(stopped::countDown);
        pulse.out()
                .printf(
                        "ExportPulse on http://%s:%d/ (dashboard; JSON API under /api, spec /api/openapi.yaml), %s;"
                                + " Ctrl-C or SIGTERM stops it.%n",
                        host, app.port(), access(pulse.environment().get(TOKEN_VARIABLE)));
        pulse.out().flush();
        stopped.await();
        if (updates != null) {
            updates.close();
        }
        int unfinished = PulseServer.stopGracefully(app, STOP_WAIT);
        pulse.err()
                .printf(
                        "pulse serve: stopped%s.%n",
                        unfinished == 0
                                ? ""
                                : " (" + unfinished + " requests were still running after " + STOP_WAIT.toSeconds()
                                        + " s)");
        pulse.err().flush();
        return 0;
    }

    private ScheduledUpdates scheduleUpdates(SeriesStore store, Duration every, Webhooks hooks, Consumer<String> log) {
        List<String> names = new ArrayList<>(Sources.NAMES);
        if (pulse.environment().get("PULSE_SBP_API_KEY") == null) {
            names.remove(EasyDataSource.NAME);
            pulse.err().println("pulse serve: scheduled updates leave out sbp (no PULSE_SBP_API_KEY)");
        }
        List<Source> sources = Sources.select(names, Sources.Settings.fromEnvironment(pulse.environment()));
        return ScheduledUpdates.of(store, sources, every, pulse.clock(), log, report -> hooks.announce(report, store))
                .start();
    }

    /** What the banner says of writes: a blank token leaves the server read-only, as the ingest route treats it. */
    public static String access(String token) {
        if (token == null) {
            return "read-only";
        }
        return token.isBlank() ? "read-only (PULSE_TOKEN is blank)" : "writes need the token";
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
