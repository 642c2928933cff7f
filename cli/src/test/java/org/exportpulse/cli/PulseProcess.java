package org.exportpulse.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** {@code pulse} in a process of its own (for kills and heap limits), and copies of a loaded store. */
final class PulseProcess {

    private PulseProcess() {}

    /**
     * Starts {@code pulse ARGS} with {@code jvmOptions} on the store under {@code home}, its output
     * (both streams) written to {@code log}.
     */
    static Process start(Path home, Path log, List<String> jvmOptions, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Pulse.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("PULSE_HOME", home.toString());
        builder.environment().remove("PULSE_DB");
        builder.redirectErrorStream(true);
        builder.redirectOutput(log.toFile());
        return builder.start();
    }

    /** A copy of the store directory {@code from} (a store loaded once, reused by many tests). */
    static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.sorted().toList()) {
                Files.copy(f, to.resolve(from.relativize(f).toString()));
            }
        }
        return to;
    }
}
