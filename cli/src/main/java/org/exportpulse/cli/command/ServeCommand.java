package org.exportpulse.cli.command;

import io.javalin.Javalin;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.exportpulse.bundle.BundledData;
import org.exportpulse.cli.Pulse;
import org.exportpulse.server.PulseServer;
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

    @Override
    public Integer call() throws InterruptedException {
        Javalin app = PulseServer.create(
                        pulse.store(),
                        pulse.environment().get(TOKEN_VARIABLE),
                        BundledData.wdiAggregates(),
                        pulse.clock())
                .start(host, port);
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
}
