package org.exportpulse.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestProgressTest {

    @Test
    void a_quick_ingest_prints_nothing() {
        StringWriter err = new StringWriter();
        try (IngestProgress progress = new IngestProgress(new PrintWriter(err))) {
            progress.phase("storing 3 values");
        }
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void a_slow_ingest_shows_its_phase_how_much_was_read_and_the_time(@TempDir Path dir) throws Exception {
        Path file = Files.write(dir.resolve("values.csv"), new byte[4000]);
        StringWriter err = new StringWriter();
        try (IngestProgress progress = new IngestProgress(new PrintWriter(err))) {
            try (InputStream in = progress.track(file).open()) {
                in.readNBytes(1000);
                Thread.sleep(IngestProgress.QUIET_MILLIS + 400);
            }
        }
        assertThat(err.toString())
                .contains("ingest: reading values.csv  25% (0.0 of 0.0 MB)")
                .contains("ingest: finished")
                .endsWith(" s\n");
    }
}
