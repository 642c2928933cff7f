package org.exportpulse.store.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;

/**
 * A data source for a JDBC URL of either store: H2 ({@code jdbc:h2:…}) or PostgreSQL ({@code
 * jdbc:postgresql:…}, pooled, since every connection to a server costs a round trip and a process).
 */
public final class StoreLocation {

    /** Connections a PostgreSQL pool keeps at most. */
    static final int POOL_SIZE = 4;

    private StoreLocation() {}

    /**
     * @throws IllegalArgumentException for a URL of another database, saying which are supported
     */
    public static DataSource dataSource(String url) {
        if (url.startsWith("jdbc:h2:")) {
            return H2Location.dataSource(url);
        }
        if (url.startsWith("jdbc:postgresql:")) {
            HikariConfig config = new HikariConfig();
            config.setJdbcUrl(url);
            config.setMaximumPoolSize(POOL_SIZE);
            config.setMinimumIdle(1);
            config.setPoolName("pulse-store");
            return new HikariDataSource(config);
        }
        throw new IllegalArgumentException("'" + url + "' is not a supported database URL (expected"
                + " jdbc:postgresql://HOST:PORT/DATABASE?user=… or jdbc:h2:…)");
    }
}
