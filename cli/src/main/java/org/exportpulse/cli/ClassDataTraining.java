package org.exportpulse.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/**
 * The run the launcher records its class-data archive from ({@code -XX:ArchiveClassesAtExit}): a
 * server start and the everyday commands, in one JVM, on a store of its own, so that the archive
 * holds the classes each of them loads and every start maps them instead of loading them.
 */
public final class ClassDataTraining {

    private ClassDataTraining() {}

    /** @param args the directory to make the training store in (it should be empty) */
    public static void main(String[] args) throws IOException {
        Path home = Path.of(args[0]);
        Map<String, String> env = Map.of("PULSE_HOME", home.toString());
        Path article = Files.writeString(
                home.resolve("article.txt"),
                "Karachi, January 20, 2026: IT exports rose 23% to $437 million in December 2025, a record, and"
                        + " were 10.8% of total exports in July-November FY26.",
                StandardCharsets.UTF_8);
        PrintWriter none = new PrintWriter(Writer.nullWriter());
        Clock clock = Clock.systemUTC();
        String[][] commands = {
            {"serve", "--port", "0", "--stop-after-start"},
            {"series"},
            {"show", "pk.ict.exports"},
            {"figures", "pk.ict.exports"},
            {"check", article.toString()},
        };
        for (String[] command : commands) {
            Pulse.run(env, none, none, clock, command);
        }
    }
}
