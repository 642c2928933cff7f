package org.exportpulse.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.exportpulse.formats.Batch;
import org.exportpulse.store.jdbc.JdbcSeriesStore;
import org.exportpulse.store.jdbc.StoreLocation;
import org.junit.jupiter.api.Test;

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

    @Test
    void concurrent_first_uses_from_two_instances_load_the_bundle_once() throws Exception {
        String url = freshSchemaUrl();
        Batch bundle = bundle();
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Boolean>> loads = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                Callable<Boolean> firstUse = () -> {
                    try (SeriesStore own = JdbcSeriesStore.open(StoreLocation.dataSource(url))) {
                        start.await();
                        return own.loadIfEmpty(() -> bundle, "bundle", AT) != null;
                    }
                };
                loads.add(pool.submit(firstUse));
            }
            int loaded = 0;
            for (Future<Boolean> f : loads) {
                loaded += f.get() ? 1 : 0;
            }
            assertThat(loaded).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        try (SeriesStore check = JdbcSeriesStore.open(StoreLocation.dataSource(url))) {
            assertThat(check.currentObservations("pk.ict.exports")).hasSize(64);
        }
    }
}
