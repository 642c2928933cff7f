package org.exportpulse.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.exportpulse.formats.Batch;
import org.exportpulse.store.jdbc.H2Location;
import org.exportpulse.store.jdbc.JdbcSeriesStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class H2SeriesStoreTest extends SeriesStoreContract {

    @TempDir
    Path home;

    @Override
    protected SeriesStore openEmpty() {
        return openAt(home);
    }

    private static SeriesStore openAt(Path dir) {
        return JdbcSeriesStore.open(H2Location.dataSource(H2Location.url(dir)));
    }

    @Test
    void data_survives_closing_and_reopening_the_file() throws Exception {
        store.ingest(bundle(), "bundle", AT);
        store.close();
        store = openAt(home);
        assertThat(store.allSeries()).hasSize(35);
    }

    @Test
    void concurrent_first_uses_from_two_processes_load_the_bundle_once(@TempDir Path shared) throws Exception {
        Batch bundle = bundle();
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Boolean>> loads = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                Callable<Boolean> firstUse = () -> {
                    try (SeriesStore own = openAt(shared)) {
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
        try (SeriesStore check = openAt(shared)) {
            assertThat(check.currentObservations("pk.ict.exports")).hasSize(64);
        }
    }
}
