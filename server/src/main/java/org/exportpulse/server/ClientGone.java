package org.exportpulse.server;

import io.javalin.http.Context;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;

/**
 * Tells whether the client of a request has closed its connection. An HTTP/1.1 server reads nothing
 * while it works on a request, so a client that gives up is only noticed at the next read or write;
 * this looks the connection up in the kernel's socket table instead ({@code /proc/net/tcp} and
 * {@code tcp6}, read-only): the client is gone when its side is closed ({@code CLOSE_WAIT}) or the
 * connection is no longer listed. Where there is no such table (not Linux), it never says gone, and
 * only the time budget bounds abandoned work.
 */
final class ClientGone {

    private static final List<Path> TABLES = List.of(Path.of("/proc/net/tcp"), Path.of("/proc/net/tcp6"));
    private static final String CLOSE_WAIT = "08";

    private ClientGone() {}

    /** Whether the client of {@code ctx} has gone, asked each time it is called (a few hundred µs). */
    static BooleanSupplier of(Context ctx) {
        String local = ":" + hexPort(ctx.req().getLocalPort());
        String remote = ":" + hexPort(ctx.req().getRemotePort());
        return () -> gone(local, remote);
    }

    private static boolean gone(String localPort, String remotePort) {
        boolean readable = false;
        for (Path table : TABLES) {
            List<String> lines;
            try {
                lines = Files.readAllLines(table, StandardCharsets.US_ASCII);
            } catch (IOException | SecurityException e) {
                continue;
            }
            readable = true;
            for (String line : lines) {
                String[] f = line.trim().split("\\s+");
                if (f.length > 3 && f[1].endsWith(localPort) && f[2].endsWith(remotePort)) {
                    return f[3].equals(CLOSE_WAIT);
                }
            }
        }
        return readable;
    }

    private static String hexPort(int port) {
        return String.format(Locale.ROOT, "%04X", port);
    }
}
