package org.exportpulse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
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

    @Test
    void an_update_interval_that_is_not_a_duration_or_too_short_is_refused_before_serving() {
        PulseRun bad = PulseRun.in(home, "serve", "--port", "0", "--update-every", "6 hours");
        assertThat(bad.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(bad.err()).contains("--update-every 6 hours is not a duration (expected minutes, hours or days");
        PulseRun tooShort = PulseRun.in(home, "serve", "--port", "0", "--update-every", "0m");
        assertThat(tooShort.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(tooShort.err()).contains("too short");
        assertThat(bad.out() + tooShort.out()).doesNotContain("http://");
    }

    @Test
    void a_busy_port_is_a_usage_problem_told_in_one_sentence() throws Exception {
        try (ServerSocket busy = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            PulseRun run =
                    PulseRun.in(home, "serve", "--host", "127.0.0.1", "--port", Integer.toString(busy.getLocalPort()));
            assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.BAD_INPUT);
            assertThat(run.err())
                    .contains("port " + busy.getLocalPort() + " on 127.0.0.1 is in use", "--port 0")
                    .doesNotContain("unexpected failure", "Exception", "\tat ");
            assertThat(run.out()).as("no address announced").doesNotContain("http://");
        }
    }

    @Test
    void a_blank_token_is_announced_as_read_only_as_the_server_treats_it() {
        assertThat(org.exportpulse.cli.command.ServeCommand.access(" ")).startsWith("read-only");
        assertThat(org.exportpulse.cli.command.ServeCommand.access(null)).isEqualTo("read-only");
        assertThat(org.exportpulse.cli.command.ServeCommand.access("s3cret")).isEqualTo("writes need the token");
    }
}
