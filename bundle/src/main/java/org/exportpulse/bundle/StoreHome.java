package org.exportpulse.bundle;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.exportpulse.store.IngestReport;
import org.exportpulse.store.SeriesStore;
import org.exportpulse.store.jdbc.H2Location;
import org.exportpulse.store.jdbc.JdbcSeriesStore;
import org.exportpulse.store.jdbc.StoreLocation;

/**
 * Where the store lives — a shared database named by {@code --db} or {@code $PULSE_DB}, else the
 * embedded store under {@code $PULSE_HOME} (default {@code ~/.exportpulse}) — and how it is opened:
 * migrated, and loaded with the bundled data on first use.
 */
public final class StoreHome {

    /** Environment variable naming the home directory. */
    public static final String HOME_VARIABLE = "PULSE_HOME";

    /** Environment variable naming a shared database (a JDBC URL) to use instead of the embedded store. */
    public static final String DB_VARIABLE = "PULSE_DB";

    private StoreHome() {}

    /** {@code $PULSE_HOME}, or {@code ~/.exportpulse} when it is unset or blank. */
    private static Path resolve(Map<String, String> environment) {
        String home = environment.get(HOME_VARIABLE);
        if (home != null && !home.isBlank()) {
            return Path.of(home);
        }
        return Path.of(System.getProperty("user.home"), ".exportpulse");
    }

    /**
     * Opens the store: the database at {@code dbUrl} when given (else {@code $PULSE_DB}), otherwise
     * the embedded H2 store under $PULSE_HOME (default ~/.exportpulse), which is created. When
     * the store holds no series, the bundled data is loaded once and one line on {@code notices}
     * says so.
     *
     * @param dbUrl a JDBC URL, or {@code null}
     * @throws IllegalArgumentException for a URL of an unsupported database
     */
    public static SeriesStore open(Map<String, String> environment, String dbUrl, PrintWriter notices, Clock clock) {
        String url = dbUrl != null ? dbUrl : environment.get(DB_VARIABLE);
        String where;
        if (url != null && !url.isBlank()) {
            where = url.replaceAll("password=[^&]*", "password=…");
        } else {
            Path home = resolve(environment);
            createDirectory(home);
            url = H2Location.url(home);
            where = home.toString();
        }
        SeriesStore store = JdbcSeriesStore.open(StoreLocation.dataSource(url));
        IngestReport loaded = store.loadIfEmpty(
                () -> BundledData.read(store.allSeries()), BundledData.description(), clock.instant());
        if (loaded != null) {
            notices.printf(
                    "Empty store at %s: loaded the bundled data (%d series, %d values).%n",
                    where, loaded.seriesCreated(), loaded.observationsAdded());
            notices.flush();
        }
        return store;
    }

    private static void createDirectory(Path home) {
        try {
            Files.createDirectories(home);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the store directory " + home + ": " + e.getMessage(), e);
        }
    }
}
