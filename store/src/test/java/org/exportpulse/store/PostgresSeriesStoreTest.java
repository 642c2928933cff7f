package org.exportpulse.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.exportpulse.store.jdbc.JdbcSeriesStore;
import org.exportpulse.store.jdbc.StoreLocation;
import org.junit.jupiter.api.Test;

/**
 * The store compliance suite on a real PostgreSQL server ({@link PostgresTestDatabase}). Each test
 * gets a schema of its own.
 */
class PostgresSeriesStoreTest extends SeriesStoreContract {

    @Override
    protected SeriesStore openEmpty() throws Exception {
        return JdbcSeriesStore.open(StoreLocation.dataSource(PostgresTestDatabase.freshSchemaUrl("store")));
    }

    @Override
    protected Callable<SeriesStore> sharedEmptyLocation() throws Exception {
        String url = PostgresTestDatabase.freshSchemaUrl("shared");
        return () -> JdbcSeriesStore.open(StoreLocation.dataSource(url));
    }

    @Test
    void observations_carry_no_foreign_keys_and_only_the_primary_key_index() throws Exception {
        String url = PostgresTestDatabase.freshSchemaUrl("keys");
        JdbcSeriesStore.open(StoreLocation.dataSource(url)).close();
        try (Connection c = DriverManager.getConnection(url);
                ResultSet keys = c.getMetaData().getImportedKeys(null, c.getSchema(), "observation");
                ResultSet indexes = c.createStatement()
                        .executeQuery("SELECT indexname FROM pg_indexes WHERE schemaname = current_schema()"
                                + " AND tablename = 'observation'")) {
            assertThat(keys.next()).as("a foreign key left on observation").isFalse();
            List<String> names = new ArrayList<>();
            while (indexes.next()) {
                names.add(indexes.getString(1));
            }
            assertThat(names).containsExactly("observation_pkey");
        }
    }
}
