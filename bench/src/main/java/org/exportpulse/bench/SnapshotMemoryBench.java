package org.exportpulse.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.exportpulse.core.series.Series;
import org.exportpulse.formats.IngestOptions;
import org.exportpulse.formats.Ingestion;
import org.exportpulse.formats.NamedInput;
import org.exportpulse.store.SeriesStore;
import org.exportpulse.store.jdbc.H2Location;
import org.exportpulse.store.jdbc.JdbcSeriesStore;
import org.exportpulse.store.memory.SnapshotCache;
import org.exportpulse.store.memory.StoreSnapshot;

/**
 * What a store snapshot costs: a synthetic panel ingested into an embedded store, then every series
 * read into one {@link StoreSnapshot}; reports the heap it holds per vintage (used heap after a full
 * collection, before and after, the snapshot still referenced), the time to read every series into
 * it, and the time to answer every series as of one date from memory against the store's own as-of
 * query per series, in the same run.
 *
 * <p>Arguments: {@code [series=2000] [months=240] [seed=20261128]}.
 */
public final class SnapshotMemoryBench {

    private SnapshotMemoryBench() {}

    public static void main(String[] args) throws Exception {
        int seriesCount = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int months = args.length > 1 ? Integer.parseInt(args[1]) : 240;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 20261128L;
        Path dir = Files.createTempDirectory("pulse-snapshot-bench");
        Panel panel = Panel.generate(seriesCount, months, YearMonth.of(2006, 1), seed, 0.0);
        Path seriesFile = dir.resolve("series.csv");
        Path observationsFile = dir.resolve("observations.csv");
        IngestBench.write(panel, seriesFile, observationsFile);
        try (SeriesStore store = JdbcSeriesStore.open(H2Location.dataSource(H2Location.url(dir.resolve("h2"))))) {
            store.ingest(
                    Ingestion.stream(
                            List.of(NamedInput.of(seriesFile), NamedInput.of(observationsFile)),
                            IngestOptions.defaults(),
                            store.allSeries()),
                    "bench",
                    Instant.parse("2026-01-05T10:00:00Z"));
            List<Series> series = store.allSeries();
            long before = usedHeap();
            long start = System.nanoTime();
            StoreSnapshot snapshot = new SnapshotCache(store, Integer.MAX_VALUE).now();
            long vintages = 0;
            for (Series s : series) {
                vintages += snapshot.current().currentObservations(s.id()).size();
            }
            double readSeconds = (System.nanoTime() - start) / 1e9;
            long held = usedHeap() - before;
            LocalDate day = LocalDate.of(2026, 1, 5);
            double memory = time(() -> series.forEach(s -> snapshot.asOf(day).currentObservations(s.id())));
            double queries = time(() -> series.forEach(s -> store.asOf(day).currentObservations(s.id())));
            System.out.printf(
                    "%,d vintages of %,d series: snapshot holds %,.0f MB (%,.0f bytes per vintage), read in %.2f s%n",
                    vintages, series.size(), held / 1e6, (double) held / vintages, readSeconds);
            System.out.printf(
                    "every series as of %s: %.3f s from the snapshot, %.3f s by the store's query (%.0fx)%n",
                    day, memory, queries, queries / memory);
        }
        IngestBench.deleteTree(dir);
    }

    /** Median of five runs after one unmeasured, in seconds. */
    private static double time(Runnable run) throws Exception {
        return Timings.measure(5, run::run).median();
    }

    private static long usedHeap() {
        Runtime r = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return r.totalMemory() - r.freeMemory();
    }
}
