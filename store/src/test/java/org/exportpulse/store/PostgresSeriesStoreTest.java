package org.exportpulse.store;

import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import org.exportpulse.store.jdbc.JdbcSeriesStore;
import org.exportpulse.store.jdbc.StoreLocation;

/**
 * The store compliance suite on a real PostgreSQL server, named by {@code PULSE_TEST_PG_URL}
 * ({@code ./run-tests} starts one). Each test gets a schema of its own.
 */
class PostgresSeriesStoreTest extends SeriesStoreContract {

    static final String URL_VARIABLE = "PULSE_TEST_PG_URL";
    private static final AtomicInteger SCHEMAS = new AtomicInteger();

    static String serverUrl() {
        String url = System.getenv(URL_VARIABLE);
        if (url == null || url.isBlank()) {
            throw new IllegalStateException(URL_VARIABLE + " is not set: these tests need a PostgreSQL server."
                    + " Run ./run-tests, which starts one, or set " + URL_VARIABLE
                    + "=jdbc:postgresql://127.0.0.1:5432/DB?user=USER");
        }
        return url;
    }

    /** The URL of a new, empty schema on the test server. */
    static String freshSchemaUrl() throws Exception {
        String schema = "t" + ProcessHandle.current().pid() + "_" + SCHEMAS.incrementAndGet();
        try (Connection c = StoreLocation.dataSource(serverUrl()).getConnection();
                Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            s.execute("CREATE SCHEMA " + schema);
        }
        return serverUrl() + (serverUrl().contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    @Override
    protected SeriesStore openEmpty() throws Exception {
        return JdbcSeriesStore.open(StoreLocation.dataSource(freshSchemaUrl()));
    }

    @Override
    protected Callable<SeriesStore> sharedEmptyLocation() throws Exception {
        String url = freshSchemaUrl();
        return () -> JdbcSeriesStore.open(StoreLocation.dataSource(url));
    }
}
