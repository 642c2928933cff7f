package org.exportpulse.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A store already at the newest schema opens without Flyway; the constant follows the migrations. */
class SchemaVersionTest {

    @TempDir
    Path home;

    @Test
    void the_schema_version_is_the_highest_migration_file_sql_or_java() throws Exception {
        int highest = 0;
        Pattern name = Pattern.compile("V(\\d+)__.*\\.(sql|java)");
        try (Stream<Path> sql = Files.list(Path.of("src/main/resources/org/exportpulse/store/migration"));
                Stream<Path> java = Files.list(Path.of("src/main/java/org/exportpulse/store/migration"))) {
            for (Path f : Stream.concat(sql, java).toList()) {
                Matcher m = name.matcher(f.getFileName().toString());
                if (m.matches()) {
                    highest = Math.max(highest, Integer.parseInt(m.group(1)));
                }
            }
        }
        assertThat(JdbcSeriesStore.SCHEMA_VERSION).isEqualTo(highest).isPositive();
    }

    @Test
    void a_new_database_is_migrated_and_an_up_to_date_one_reopens() throws Exception {
        DataSource ds = H2Location.dataSource(H2Location.url(home));
        try (Connection c = ds.getConnection()) {
            assertThat(JdbcSeriesStore.schemaVersion(c)).as("no schema yet").isZero();
        }
        JdbcSeriesStore first = JdbcSeriesStore.open(ds);
        assertThat(home.resolve("store.trace.db"))
                .as("no error was logged on the way")
                .doesNotExist();
        try (Connection c = ds.getConnection()) {
            assertThat(JdbcSeriesStore.schemaVersion(c)).isEqualTo(JdbcSeriesStore.SCHEMA_VERSION);
        }
        first.close();
        JdbcSeriesStore again = JdbcSeriesStore.open(ds);
        assertThat(again.allSeries()).isEmpty();
        assertThat(again.lastChanged()).isEmpty();
        again.close();
    }

    @Test
    void observations_carry_no_foreign_keys_and_only_the_primary_key_index() throws Exception {
        DataSource ds = H2Location.dataSource(H2Location.url(home));
        JdbcSeriesStore.open(ds).close();
        try (Connection c = ds.getConnection();
                java.sql.ResultSet keys = c.getMetaData().getImportedKeys(null, c.getSchema(), "observation");
                java.sql.ResultSet indexes = c.createStatement()
                        .executeQuery("SELECT index_type_name FROM information_schema.indexes"
                                + " WHERE table_name = 'observation'")) {
            assertThat(keys.next()).as("a foreign key left on observation").isFalse();
            java.util.List<String> kinds = new java.util.ArrayList<>();
            while (indexes.next()) {
                kinds.add(indexes.getString(1));
            }
            assertThat(kinds).containsExactly("PRIMARY KEY");
        }
    }

    @Test
    void a_store_made_before_version_5_keeps_its_values_and_loses_its_foreign_keys_on_opening() throws Exception {
        DataSource ds = H2Location.dataSource(H2Location.url(home));
        org.flywaydb.core.Flyway.configure()
                .dataSource(ds)
                .locations("classpath:org/exportpulse/store/migration")
                .target("4")
                .load()
                .migrate();
        try (Connection c = ds.getConnection();
                java.sql.Statement s = c.createStatement()) {
            s.execute("INSERT INTO series VALUES ('x', 'X', 'USD million', 'month', 'flow', 7, 'p', '', '')");
            s.execute("INSERT INTO ingest (id, started_at, description) VALUES (1, TIMESTAMP WITH TIME ZONE"
                    + " '2026-01-01 00:00:00+00', 'old')");
            s.execute("INSERT INTO observation VALUES ('x', '2025-12', DATE '2025-12-01', DATE '2025-12-31', 1,"
                    + " 437, 0, 'normal', DATE '2026-01-20', 'source', '', '', 1)");
            try (java.sql.ResultSet keys = c.getMetaData().getImportedKeys(null, c.getSchema(), "observation")) {
                assertThat(keys.next()).as("version 4 has the keys").isTrue();
            }
        }
        try (JdbcSeriesStore store = JdbcSeriesStore.open(ds)) {
            assertThat(store.currentObservations("x"))
                    .extracting(o -> o.value().toPlainString())
                    .containsExactly("437");
        }
        try (Connection c = ds.getConnection();
                java.sql.ResultSet keys = c.getMetaData().getImportedKeys(null, c.getSchema(), "observation")) {
            assertThat(JdbcSeriesStore.schemaVersion(c)).isEqualTo(5);
            assertThat(keys.next()).isFalse();
        }
    }
}
