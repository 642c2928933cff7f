package org.exportpulse.store.jdbc;

import java.nio.file.Path;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The embedded H2 store: a file {@code store.mv.db} in a home directory, opened with {@code
 * AUTO_SERVER=TRUE} so that several processes (the server and the CLI) can share it.
 */
public final class H2Location {

    /** Base name of the database files in the home directory. */
    public static final String DATABASE_NAME = "store";

    private H2Location() {}

    /**
     * The JDBC URL of the store under {@code home}. Writers take turns on one row; a writer waits up
     * to {@code LOCK_TIMEOUT} (two minutes) for the one before it, as PostgreSQL waits.
     */
    public static String url(Path home) {
        return "jdbc:h2:file:" + home.toAbsolutePath().resolve(DATABASE_NAME)
                + ";AUTO_SERVER=TRUE;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;LOCK_TIMEOUT=120000";
    }

    /** A data source for a JDBC URL of H2. */
    public static DataSource dataSource(String url) {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL(url);
        ds.setUser("pulse");
        ds.setPassword("");
        return ds;
    }
}
