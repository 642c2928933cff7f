package org.exportpulse.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.exportpulse.store.jdbc.H2Location;
import org.exportpulse.store.jdbc.JdbcSeriesStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class H2SeriesStoreTest extends SeriesStoreContract {

    @TempDir
    Path home;

    @TempDir
    Path shared;

    @Override
    protected SeriesStore openEmpty() {
        return openAt(home);
    }

    @Override
    protected Callable<SeriesStore> sharedEmptyLocation() {
        return () -> openAt(shared);
    }

    /** The embedded store in {@code dir}, opened. */
    static SeriesStore openAt(Path dir) {
        return JdbcSeriesStore.open(H2Location.dataSource(H2Location.url(dir)));
    }

    @Test
    void data_survives_closing_and_reopening_the_file() throws Exception {
        store.ingest(bundle(), "bundle", AT);
        store.close();
        store = openAt(home);
        assertThat(store.allSeries()).hasSize(42);
    }
}
