package org.exportpulse.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.duckdb.DuckDBConnection;
import org.exportpulse.core.series.Denominator;
import org.exportpulse.core.series.Frequency;
import org.exportpulse.core.series.ObservationStatus;
import org.exportpulse.core.series.PublicByBasis;
import org.exportpulse.core.series.Series;
import org.exportpulse.core.series.SeriesKind;
import org.exportpulse.core.series.Unit;
import org.exportpulse.core.time.CalendarMonth;
import org.exportpulse.core.time.FiscalCalendar;
import org.exportpulse.core.transform.MonthlyColumn;
import org.exportpulse.core.transform.Transform;
import org.exportpulse.core.transform.TransformKernel;
import org.exportpulse.formats.Batch;
import org.exportpulse.formats.IncomingObservation;
import org.exportpulse.store.SeriesStore;
import org.exportpulse.store.jdbc.H2Location;
import org.exportpulse.store.jdbc.JdbcSeriesStore;
import org.exportpulse.store.jdbc.StoreLocation;

/**
 * End-to-end transform benchmark: {@code pc1}, {@code fytd} and {@code r12} of every series, from
 * the store to results in memory — ExportPulse reading current vintages from its embedded H2 store
 * (a query per series, and every series in one read), DuckDB running the window query over the same
 * values in a database file.
 *
 * <p>Arguments: {@code [series=2000] [months=240] [runs=5] [seed=20261128]}. With {@code
 * PULSE_BENCH_PG_URL} set (a JDBC URL whose user may create databases), the same two ways are also
 * timed on PostgreSQL.
 */
public final class EndToEndBench {

    private static final YearMonth START = YearMonth.of(2006, 1);

    private EndToEndBench() {}

    public static void main(String[] args) throws Exception {
        int series = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int months = args.length > 1 ? Integer.parseInt(args[1]) : 240;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 20261128L;
        Panel panel = Panel.generate(series, months, START, seed, 0.01);
        Path dir = Files.createTempDirectory("pulse-e2e-bench");
        System.out.printf("panel: %d series x %d months, %,d values%n", series, months, panel.observations());
        Transform[] transforms = {Transform.parse("pc1"), Transform.parse("fytd"), Transform.parse("r12")};
        try (SeriesStore store = JdbcSeriesStore.open(H2Location.dataSource(H2Location.url(dir.resolve("h2"))))) {
            store.ingest(batch(panel), "bench", Instant.now());
            double expected = fromStore(store, series, transforms);
            if (inOneRead(store, transforms) != expected) {
                throw new IllegalStateException("one read and a query per series disagree");
            }
            Timings bySeries = Timings.measure(runs, () -> fromStore(store, series, transforms));
            System.out.printf("ExportPulse, H2 store to results, a query per series: %s%n", bySeries);
            Timings ours = Timings.measure(runs, () -> inOneRead(store, transforms));
            System.out.printf("ExportPulse, H2 store to results, one read: %s%n", ours);
            String postgres = FreshPostgres.server();
            Timings pg = postgres == null ? null : onPostgres(postgres, panel, transforms, expected, runs);
            try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve("duck.db"));
                    Statement s = c.createStatement()) {
                TransformBench.load((DuckDBConnection) c, panel);
                Timings duck = Timings.measure(runs, () -> s.execute(TransformBench.DUCKDB_QUERY));
                System.out.printf("DuckDB, database file to results: %s%n", duck);
                System.out.printf("ratio H2 one read / DuckDB (median): %.2fx%n", ours.median() / duck.median());
                if (pg != null) {
                    System.out.printf(
                            "ratio PostgreSQL one read / DuckDB (median): %.2fx%n", pg.median() / duck.median());
                }
            }
        }
    }

    /**
     * The same two ways on PostgreSQL: the panel ingested into a fresh database {@code
     * pulse_e2e_bench} on the server of {@code url}, dropped afterwards; returns the one-read timings.
     */
    private static Timings onPostgres(String url, Panel panel, Transform[] transforms, double expected, int runs)
            throws Exception {
        return FreshPostgres.run(url, "pulse_e2e_bench", database -> {
            try (SeriesStore store = JdbcSeriesStore.open(StoreLocation.dataSource(database))) {
                store.ingest(batch(panel), "bench", Instant.now());
                settle(database);
                if (inOneRead(store, transforms) != expected
                        || fromStore(store, panel.series(), transforms) != expected) {
                    throw new IllegalStateException("PostgreSQL and H2 disagree");
                }
                System.out.printf(
                        "ExportPulse, PostgreSQL to results, a query per series: %s%n",
                        Timings.measure(runs, () -> fromStore(store, panel.series(), transforms)));
                Timings oneRead = Timings.measure(runs, () -> inOneRead(store, transforms));
                System.out.printf("ExportPulse, PostgreSQL to results, one read: %s%n", oneRead);
                return oneRead;
            }
        });
    }

    /**
     * {@code VACUUM (ANALYZE)} of the freshly loaded table, as autovacuum does soon after a bulk load
     * — but before the timing, not in the middle of it (where it made some runs twice as slow).
     */
    private static void settle(String database) throws Exception {
        try (Connection c = DriverManager.getConnection(database);
                Statement s = c.createStatement()) {
            s.execute("VACUUM (ANALYZE) observation");
        }
    }

    private static double fromStore(SeriesStore store, int series, Transform[] transforms) {
        double sum = 0;
        for (int s = 0; s < series; s++) {
            MonthlyColumn column = MonthlyColumn.of(store.currentObservations(Panel.seriesId(s)));
            for (Transform t : transforms) {
                double[] out = TransformKernel.apply(t, column, Month.JULY, null);
                sum += out.length == 0 || Double.isNaN(out[out.length - 1]) ? 0 : out[out.length - 1];
            }
        }
        return sum;
    }

    /** The same transforms over {@link SeriesStore#forEachMonthlyColumn}: every series in one read. */
    private static double inOneRead(SeriesStore store, Transform[] transforms) {
        double[] sum = {0};
        store.forEachMonthlyColumn(Optional.empty(), (id, column) -> {
            for (Transform t : transforms) {
                double[] out = TransformKernel.apply(t, column, Month.JULY, null);
                sum[0] += out.length == 0 || Double.isNaN(out[out.length - 1]) ? 0 : out[out.length - 1];
            }
        });
        return sum[0];
    }

    private static Batch batch(Panel panel) {
        List<Series> series = new ArrayList<>();
        List<IncomingObservation> observations = new ArrayList<>();
        for (int s = 0; s < panel.series(); s++) {
            String id = Panel.seriesId(s);
            series.add(new Series(
                    id,
                    "Synthetic " + s,
                    Unit.USD_MILLION,
                    Frequency.MONTH,
                    SeriesKind.FLOW,
                    FiscalCalendar.JULY_TO_JUNE,
                    "bench",
                    "",
                    List.<Denominator>of()));
            for (int m = 0; m < panel.months(); m++) {
                double v = panel.values()[s][m];
                if (!Double.isNaN(v)) {
                    observations.add(new IncomingObservation(
                            id,
                            CalendarMonth.of(panel.start().plusMonths(m)),
                            java.math.BigDecimal.valueOf(v),
                            ObservationStatus.NORMAL,
                            1,
                            null,
                            PublicByBasis.SOURCE,
                            List.of(),
                            "",
                            "generated",
                            m + 2));
                }
            }
        }
        return new Batch(series, observations);
    }
}
