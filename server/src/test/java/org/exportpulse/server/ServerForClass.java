package org.exportpulse.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One {@link BundledServer} for a whole test class, on a store in a fresh directory that is
 * deleted afterwards: {@code @RegisterExtension static final ServerForClass SERVER = new
 * ServerForClass();}, then {@code SERVER.server().get("/api/…")}.
 */
final class ServerForClass implements BeforeAllCallback, AfterAllCallback {

    private Path home;
    private BundledServer server;

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        home = Files.createTempDirectory("pulse-server-test");
        server = BundledServer.start(home);
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        server.close();
        try (Stream<Path> files = Files.walk(home)) {
            files.sorted(Comparator.reverseOrder()).forEach(ServerForClass::delete);
        }
    }

    /** The running server; started before the class's first test. */
    BundledServer server() {
        return server;
    }

    /** The directory of the server's store, for files a test writes beside it. */
    Path home() {
        return home;
    }

    private static void delete(Path p) {
        try {
            Files.delete(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
