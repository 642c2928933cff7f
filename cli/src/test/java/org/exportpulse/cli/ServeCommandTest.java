package org.exportpulse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code pulse serve}: the store opens while the server starts; a store that cannot open ends the command. */
class ServeCommandTest {

    @TempDir
    Path home;

    @Test
    void a_store_that_cannot_open_stops_the_server_and_exits_with_its_error() {
        PulseRun run = PulseRun.in(home, "--db", "jdbc:mysql://localhost/x", "serve", "--port", "0");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("not a supported database URL");
        assertThat(run.out()).as("no address announced").doesNotContain("http://");
    }

    @Test
    void the_server_starts_on_the_opened_store_and_answers() {
        PulseRun run = PulseRun.in(home, "serve", "--port", "0", "--stop-after-start");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("loaded the bundled data");
    }
}
