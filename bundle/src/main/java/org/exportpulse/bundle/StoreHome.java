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

/**
 * Where the embedded store lives ({@code $PULSE_HOME}, default {@code ~/.exportpulse}) and how it
 * is opened: migrated, and loaded with the bundled data on first use.
 */
public final class StoreHome {

    /** Environment variable naming the home directory. */
    public static final String HOME_VARIABLE = "PULSE_HOME";

    private StoreHome() {}

    /** {@code $PULSE_HOME}, or {@code ~/.exportpulse} when it is unset or blank. */
    public static Path resolve(Map<String, String> environment) {
        String home = environment.get(HOME_VARIABLE);
        if (home != null && !home.isBlank()) {
            return Path.of(home);
        }
        return Path.of(System.getProperty("user.home"), ".exportpulse");
    }

    /**
     * Opens the H2 store under {@code home}, creating the directory; when the store holds no
     * series, loads the bundled data once and says so in one line on {@code notices}.
     */
    public static SeriesStore openEmbedded(Path home, PrintWriter notices, Clock clock) {
        try {
            Files.createDirectories(home);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the store directory " + home + ": " + e.getMessage(), e);
        }
        SeriesStore store = JdbcSeriesStore.open(H2Location.dataSource(H2Location.url(home)));
        IngestReport loaded = store.loadIfEmpty(
                () -> BundledData.read(store.allSeries()), BundledData.description(), clock.instant());
        if (loaded != null) {
            notices.printf(
                    "Empty store at %s: loaded the bundled data (%d series, %d values).%n",
                    home, loaded.seriesCreated(), loaded.observationsAdded());
            notices.flush();
        }
        return store;
    }
}
