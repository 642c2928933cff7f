package org.exportpulse.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.exportpulse.formats.IngestOptions;
import org.exportpulse.formats.Ingestion;
import org.exportpulse.formats.NamedInput;
import org.exportpulse.store.SeriesStore;
import org.exportpulse.store.jdbc.H2Location;
import org.exportpulse.store.jdbc.JdbcSeriesStore;
import org.exportpulse.store.jdbc.StoreLocation;

/**
 * Ingest benchmark: a tidy CSV of a synthetic panel into a fresh embedded store, timed from the
 * start of the ingest call to a committed, queryable store (parse, validate, compare with stored
 * values, one transaction; JVM start and opening the store excluded), against DuckDB loading the
 * same file into a fresh database file with {@code CREATE TABLE … AS SELECT * FROM read_csv(…)}.
 *
 * <p>Arguments: {@code [series=4167] [months=240] [runs=5] [seed=20261128] [dir=temp]}. With {@code
 * PULSE_BENCH_PG_URL} set (a JDBC URL whose user may create databases), the same file is also
 * ingested into a fresh PostgreSQL database per run.
 */
public final class IngestBench {

    private static final YearMonth START = YearMonth.of(2006, 1);

    private IngestBench() {}

    public static void main(String[] args) throws Exception {
        int series = args.length > 0 ? Integer.parseInt(args[0]) : 4167;
        int months = args.length > 1 ? Integer.parseInt(args[1]) : 240;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 20261128L;
        Path dir = args.length > 4 ? Path.of(args[4]) : Files.createTempDirectory("pulse-ingest-bench");
        Panel panel = Panel.generate(series, months, START, seed, 0.0);
        Path seriesFile = dir.resolve("series.csv");
        Path observationsFile = dir.resolve("observations.csv");
        write(panel, seriesFile, observationsFile);
        long n = panel.observations();
        System.out.printf(
                "file: %,d observations of %d series (%.1f MB) in %s%n",
                n, series, Files.size(observationsFile) / 1e6, dir);

        int[] run = {0};
        Timings ours = Timings.measureInside(
                runs, () -> ingestOurs(dir.resolve("h2-" + run[0]++), seriesFile, observationsFile, n));
        System.out.printf("ExportPulse ingest into embedded H2: %s, %,.0f observations/s%n", ours, n / ours.median());

        String postgres = FreshPostgres.server();
        if (postgres != null) {
            Timings pg = Timings.measureInside(
                    runs, () -> ingestPostgres(postgres, "pulse_bench_" + run[0]++, seriesFile, observationsFile, n));
            System.out.printf("ExportPulse ingest into PostgreSQL: %s, %,.0f observations/s%n", pg, n / pg.median());
        }

        Timings duck =
                Timings.measure(runs, () -> ingestDuckDb(dir.resolve("duck-" + run[0]++ + ".db"), observationsFile, n));
        System.out.printf("DuckDB read_csv into a database file: %s, %,.0f observations/s%n", duck, n / duck.median());
        System.out.printf("ratio ExportPulse / DuckDB time (median): %.1fx%n", ours.median() / duck.median());
        SIZES.forEach((engine, bytes) -> System.out.printf("size on disk, %s: %.1f MB%n", engine, bytes / 1e6));
        deleteTree(dir);
    }

    private static double ingestOurs(Path home, Path seriesFile, Path observationsFile, long expected)
            throws Exception {
        Files.createDirectories(home);
        double seconds;
        try (SeriesStore store = JdbcSeriesStore.open(H2Location.dataSource(H2Location.url(home)))) {
            seconds = timedIngest(store, seriesFile, observationsFile, expected);
        }
        SIZES.put("H2 (store.mv.db, closed)", treeSize(home));
        return seconds;
    }

    /** Bytes on disk each engine's store took in the last run, printed at the end. */
    private static final java.util.Map<String, Long> SIZES = new java.util.LinkedHashMap<>();

    static long treeSize(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            long bytes = 0;
            for (Path p : paths.filter(Files::isRegularFile).toList()) {
                bytes += Files.size(p);
            }
            return bytes;
        }
    }

    /**
     * Our ingest into a fresh PostgreSQL database {@code name}, made on the server of {@code url}
     * (a database its user may create) and dropped afterwards; opening (migrating) it is excluded.
     */
    private static double ingestPostgres(String url, String name, Path seriesFile, Path observationsFile, long expected)
            throws Exception {
        return FreshPostgres.run(url, name, database -> {
            double seconds;
            try (SeriesStore store = JdbcSeriesStore.open(StoreLocation.dataSource(database))) {
                seconds = timedIngest(store, seriesFile, observationsFile, expected);
            }
            try (Connection c = DriverManager.getConnection(database);
                    Statement q = c.createStatement();
                    ResultSet rs = q.executeQuery("SELECT pg_total_relation_size('observation')"
                            + " + pg_total_relation_size('series') + pg_total_relation_size('ingest')")) {
                rs.next();
                SIZES.put("PostgreSQL (tables, indexes and TOAST)", rs.getLong(1));
            }
            return seconds;
        });
    }

    private static double timedIngest(SeriesStore store, Path seriesFile, Path observationsFile, long expected)
            throws Exception {
        long start = System.nanoTime();
        Ingestion.Streamed batch = Ingestion.stream(
                List.of(NamedInput.of(seriesFile), NamedInput.of(observationsFile)),
                IngestOptions.defaults(),
                store.allSeries());
        int added = store.ingest(batch, "bench", Instant.now()).observationsAdded();
        double seconds = (System.nanoTime() - start) / 1e9;
        check(added, expected);
        return seconds;
    }

    private static void ingestDuckDb(Path file, Path observationsFile, long expected) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file);
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE obs AS SELECT * FROM read_csv('" + observationsFile + "', header = true,"
                    + " columns = {'series': 'VARCHAR', 'period': 'VARCHAR', 'value': 'DECIMAL(18,2)'})");
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM obs")) {
                rs.next();
                check(rs.getLong(1), expected);
            }
        }
        SIZES.put("DuckDB (database file, closed)", Files.size(file));
    }

    private static void check(long stored, long expected) {
        if (stored != expected) {
            throw new IllegalStateException("stored " + stored + " observations, expected " + expected);
        }
    }

    static void write(Panel panel, Path seriesFile, Path observationsFile) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(seriesFile, StandardCharsets.UTF_8)) {
            w.write("id,title,unit,frequency,kind,fiscal_year_start\n");
            for (int s = 0; s < panel.series(); s++) {
                w.write(Panel.seriesId(s) + ",Synthetic series " + s + ",USD million,month,flow,07\n");
            }
        }
        try (BufferedWriter w = Files.newBufferedWriter(observationsFile, StandardCharsets.UTF_8)) {
            w.write("series,period,value\n");
            for (int s = 0; s < panel.series(); s++) {
                String id = Panel.seriesId(s);
                for (int m = 0; m < panel.months(); m++) {
                    double v = panel.values()[s][m];
                    if (!Double.isNaN(v)) {
                        w.write(id + "," + panel.start().plusMonths(m) + "," + String.format("%.2f", v) + "\n");
                    }
                }
            }
        }
    }

    static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
