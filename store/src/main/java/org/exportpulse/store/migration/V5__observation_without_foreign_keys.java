package org.exportpulse.store.migration;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashSet;
import java.util.Set;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Drops the foreign keys of {@code observation} (to {@code series} and to {@code ingest}). The
 * writer guarantees both in the ingest's own transaction: it inserts the series and the ingest row
 * before their observations and refuses an observation of a series the store does not hold, and no
 * command deletes a series or an ingest. Checked by the database, the two keys cost about three
 * quarters of PostgreSQL's {@code COPY} time (one trigger and one parent-row lock per row and key)
 * and, in H2, two indexes that every insert kept and no query used.
 *
 * <p>Written in Java because the keys' names differ: PostgreSQL names them after the table and
 * column, H2 with a generated number; they are found through the driver's metadata.
 */
public final class V5__observation_without_foreign_keys extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        try (Statement s = c.createStatement()) {
            for (String name : foreignKeys(c)) {
                s.execute("ALTER TABLE observation DROP CONSTRAINT \"" + name.replace("\"", "\"\"") + "\"");
            }
        }
    }

    private static Set<String> foreignKeys(Connection c) throws SQLException {
        Set<String> names = new LinkedHashSet<>();
        DatabaseMetaData meta = c.getMetaData();
        for (String table : new String[] {"observation", "OBSERVATION"}) {
            try (ResultSet rs = meta.getImportedKeys(c.getCatalog(), c.getSchema(), table)) {
                while (rs.next()) {
                    names.add(rs.getString("FK_NAME"));
                }
            }
        }
        return names;
    }
}
