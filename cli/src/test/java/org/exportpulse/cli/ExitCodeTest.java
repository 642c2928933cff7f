package org.exportpulse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The documented exit codes, each with a one-line message on stderr. */
class ExitCodeTest {

    @TempDir
    Path home;

    @Test
    void every_command_explains_itself_with_help_and_exits_0() {
        PulseRun option = PulseRun.in(home, "forecast", "--help");
        assertThat(option.exitCode()).as(option.err()).isZero();
        assertThat(option.out()).contains("Usage: pulse forecast").contains("--horizon");
        PulseRun command = PulseRun.in(home, "help", "serve");
        assertThat(command.exitCode()).as(command.err()).isZero();
        assertThat(command.out()).contains("Usage: pulse serve").contains("--port");
        assertThat(PulseRun.in(home, "outlook", "-h").out()).contains("--fiscal-year");
    }

    @Test
    void help_texts_format_without_picocli_warnings() {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            assertThat(PulseRun.in(home, "--help").exitCode()).isZero();
            PulseRun backtest = PulseRun.in(home, "backtest", "--help");
            assertThat(backtest.out()).contains("coverage of the 80% and 95% intervals");
        } finally {
            System.setErr(original);
        }
        assertThat(captured.toString(StandardCharsets.UTF_8)).doesNotContain("picocli WARN");
    }

    @Test
    void an_unknown_series_exits_3() {
        PulseRun run = PulseRun.in(home, "figures", "pk.nothing");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.NOT_FOUND);
        assertThat(run.err()).contains("unknown series 'pk.nothing'");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void a_month_outside_the_stored_history_exits_3() {
        PulseRun run = PulseRun.in(home, "figures", "pk.ict.exports", "--period", "2031-01");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.NOT_FOUND);
        assertThat(run.err()).contains("has no value for 2031-01").contains("from 2019-10 to 2026-02");
    }

    @Test
    void an_impossible_period_exits_2() {
        PulseRun run = PulseRun.in(home, "figures", "pk.ict.exports", "--period", "2025-13");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("month 13 of 2025 does not exist");
    }

    @Test
    void a_period_that_is_not_a_month_exits_2() {
        PulseRun run = PulseRun.in(home, "figures", "pk.ict.exports", "--period", "FY2026");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("is not a month");
    }

    @Test
    void figures_of_a_series_that_is_not_monthly_exit_2() {
        PulseRun run = PulseRun.in(home, "figures", "pk.ict.exports.fy");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("monthly");
    }

    @Test
    void an_unknown_option_or_format_exits_2_with_usage_hint() {
        PulseRun option = PulseRun.in(home, "figures", "pk.ict.exports", "--colour");
        assertThat(option.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(option.err()).contains("--colour").contains("--help");
        PulseRun format = PulseRun.in(home, "show", "pk.ict.exports", "--format", "xml");
        assertThat(format.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    }

    @Test
    void help_lists_the_commands_and_the_exit_codes() {
        PulseRun run = PulseRun.in(home, "--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("figures", "series", "show", "Exit codes: 0 ok");
    }
}
