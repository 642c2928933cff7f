package org.exportpulse.store.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;

/**
 * A pooled data source for a JDBC URL of either store: H2 ({@code jdbc:h2:…}) or PostgreSQL ({@code
 * jdbc:postgresql:…}); opening a connection per query costs more than the query.
 */
public final class StoreLocation {

    /** Connections a PostgreSQL pool keeps at most. */
    static final int POOL_SIZE = 4;

    private StoreLocation() {}

    /** {@code dataSource} behind a connection pool (closed with the store). */
    public static DataSource pooled(DataSource dataSource) {
        HikariConfig config = new HikariConfig();
        config.setDataSource(dataSource);
        return pool(config);
    }

    private static DataSource pool(HikariConfig config) {
        config.setMaximumPoolSize(POOL_SIZE);
        config.setMinimumIdle(1);
        config.setPoolName("pulse-store");
        return new HikariDataSource(config);
    }

    /**
     * @throws IllegalArgumentException for a URL of another database, saying which are supported
     */
    public static DataSource dataSource(String url) {
        if (url.startsWith("jdbc:h2:")) {
            return pooled(H2Location.dataSource(url));
        }
        if (url.startsWith("jdbc:postgresql:")) {
            HikariConfig config = new HikariConfig();
            config.setJdbcUrl(url);
            return pool(config);
        }
        throw new IllegalArgumentException("'" + url + "' is not a supported database URL (expected"
                + " jdbc:postgresql://HOST:PORT/DATABASE?user=… or jdbc:h2:…)");
    }
}
