package org.exportpulse.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The PostgreSQL server the tests use ({@code PULSE_TEST_PG_URL}, started by ./run-tests), and an
 * empty schema of their own on it. Shared with the CLI and server tests through the store's test jar.
 */
public final class PostgresTestDatabase {

    /** The environment variable naming the server. */
    public static final String URL_VARIABLE = "PULSE_TEST_PG_URL";

    private static final AtomicInteger SCHEMAS = new AtomicInteger();

    private PostgresTestDatabase() {}

    /**
     * The URL of a new, empty schema named after {@code prefix}.
     *
     * @throws IllegalStateException when no server is named, saying how to get one (never a skip)
     */
    public static String freshSchemaUrl(String prefix) throws Exception {
        String server = System.getenv(URL_VARIABLE);
        if (server == null || server.isBlank()) {
            throw new IllegalStateException(URL_VARIABLE + " is not set: these tests need a PostgreSQL server."
                    + " Run ./run-tests, which starts one, or set " + URL_VARIABLE
                    + "=jdbc:postgresql://127.0.0.1:5432/DB?user=USER");
        }
        String schema = prefix + "_" + ProcessHandle.current().pid() + "_" + SCHEMAS.incrementAndGet();
        try (Connection c = DriverManager.getConnection(server);
                Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            s.execute("CREATE SCHEMA " + schema);
        }
        return server + (server.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }
}
