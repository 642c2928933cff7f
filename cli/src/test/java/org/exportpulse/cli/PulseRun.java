package org.exportpulse.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

/** Runs {@code pulse} in-process against a store under a given home, capturing its output. */
record PulseRun(int exitCode, String out, String err) {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);

    static PulseRun in(Path home, String... args) {
        return in(Map.of(), home, args);
    }

    /** Runs with {@code environment} beside {@code PULSE_HOME}. */
    static PulseRun in(Map<String, String> environment, Path home, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Map<String, String> env = new java.util.HashMap<>(environment);
        env.put("PULSE_HOME", home.toString());
        int code = Pulse.run(Map.copyOf(env), new PrintWriter(out), new PrintWriter(err), CLOCK, args);
        return new PulseRun(code, out.toString(), err.toString());
    }

    /** Runs a command that must succeed and parses its standard output as JSON. */
    static JsonNode json(Path home, String... args) throws Exception {
        PulseRun run = in(home, args);
        if (run.exitCode() != 0) {
            throw new AssertionError("exit code " + run.exitCode() + ": " + run.err());
        }
        return new ObjectMapper().readTree(run.out());
    }
}
