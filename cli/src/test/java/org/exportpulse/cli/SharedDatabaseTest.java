package org.exportpulse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.exportpulse.store.PostgresTestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code pulse --db} and {@code $PULSE_DB} on a real PostgreSQL server ({@code PULSE_TEST_PG_URL}, started by ./run-tests). */
class SharedDatabaseTest {

    @TempDir
    Path home;

    @Test
    void figures_from_a_shared_postgresql_store_match_the_embedded_ones() throws Exception {
        String url = PostgresTestDatabase.freshSchemaUrl("cli_figures");
        PulseRun shared =
                PulseRun.in(home, "--db", url, "figures", "pk.ict.exports", "--period", "2025-12", "--format", "json");
        assertThat(shared.exitCode()).as(shared.err()).isZero();
        assertThat(shared.err()).contains("loaded the bundled data");
        PulseRun embedded = PulseRun.in(home, "figures", "pk.ict.exports", "--period", "2025-12", "--format", "json");
        assertThat(shared.out()).isEqualTo(embedded.out());
    }

    @Test
    void an_ingest_through_one_instance_is_seen_by_another() throws Exception {
        String url = PostgresTestDatabase.freshSchemaUrl("cli_ingest");
        Path file = java.nio.file.Files.writeString(
                home.resolve("rev.csv"), "series,period,value\npk.ict.exports,2026-03,401\n");
        assertThat(PulseRun.in(home, "--db", url, "ingest", file.toString()).exitCode())
                .isZero();
        PulseRun other = PulseRun.in(home.resolve("elsewhere"), "--db", url, "history", "pk.ict.exports", "2026-03");
        assertThat(other.out()).contains("401");
    }

    @Test
    void an_unsupported_database_url_exits_2() {
        PulseRun run = PulseRun.in(home, "--db", "jdbc:mysql://localhost/x", "series");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("not a supported database URL");
    }
}
