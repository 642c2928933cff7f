package org.exportpulse.store;

import java.util.concurrent.Callable;
import org.exportpulse.store.jdbc.JdbcSeriesStore;
import org.exportpulse.store.jdbc.StoreLocation;

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
}
