package org.exportpulse.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/** A database of its own on the PostgreSQL server the benchmarks are given, dropped after use. */
final class FreshPostgres {

    /** The environment variable naming the server: a JDBC URL whose user may create databases. */
    static final String URL_VARIABLE = "PULSE_BENCH_PG_URL";

    /** Work done on the URL of a fresh database. */
    @FunctionalInterface
    interface Work<T> {
        T on(String databaseUrl) throws Exception;
    }

    private FreshPostgres() {}

    /** The server's URL, or {@code null} when none is given (PostgreSQL is then left out). */
    static String server() {
        String url = System.getenv(URL_VARIABLE);
        return url == null || url.isBlank() ? null : url;
    }

    /** Runs {@code work} on a new database {@code name} on the server of {@code serverUrl}, then drops it. */
    static <T> T run(String serverUrl, String name, Work<T> work) throws Exception {
        try (Connection admin = DriverManager.getConnection(serverUrl);
                Statement s = admin.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name);
            s.execute("CREATE DATABASE " + name);
            try {
                return work.on(serverUrl.replaceFirst("(jdbc:postgresql://[^/]+/)[^?]*", "$1" + name));
            } finally {
                s.execute("DROP DATABASE " + name);
            }
        }
    }
}
