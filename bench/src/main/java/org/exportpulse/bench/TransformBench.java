package org.exportpulse.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Month;
import java.time.YearMonth;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.exportpulse.core.transform.MonthlyColumn;
import org.exportpulse.core.transform.Transform;
import org.exportpulse.core.transform.TransformKernel;

/**
 * Transform kernel benchmark: {@code pc1}, {@code fytd} and {@code r12} of every series of a
 * synthetic panel, columns in memory to results in memory, against DuckDB computing the same three
 * columns with one window query over an in-memory table ({@code CREATE TABLE … AS SELECT …}), both
 * measured in the same run.
 *
 * <p>Arguments: {@code [series=100000] [months=240] [runs=5] [seed=20261128]}.
 */
public final class TransformBench {

    private static final YearMonth START = YearMonth.of(2006, 1);

    /** pc1, fytd (fiscal years from July) and r12, missing wherever an input is missing. */
    static final String DUCKDB_QUERY = "CREATE OR REPLACE TABLE result AS SELECT series_id, m,"
            + " CASE WHEN LAG(v, 12) OVER w <> 0 THEN (v / LAG(v, 12) OVER w - 1) * 100 END AS pc1,"
            + " CASE WHEN COUNT(v) OVER fy = COUNT(*) OVER fy AND fy_start >= 0 THEN SUM(v) OVER fy END AS fytd,"
            + " CASE WHEN COUNT(v) OVER r = 12 THEN SUM(v) OVER r END AS r12"
            + " FROM panel"
            + " WINDOW w AS (PARTITION BY series_id ORDER BY m),"
            + " fy AS (PARTITION BY series_id, fy_start ORDER BY m ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW),"
            + " r AS (PARTITION BY series_id ORDER BY m ROWS BETWEEN 11 PRECEDING AND CURRENT ROW)";

    private TransformBench() {}

    public static void main(String[] args) throws Exception {
        int series = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int months = args.length > 1 ? Integer.parseInt(args[1]) : 240;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 20261128L;
        Panel panel = Panel.generate(series, months, START, seed, 0.01);
        System.out.printf(
                "panel: %d series x %d months from %s (seed %d, 1%% missing), %d values%n",
                series, months, START, seed, panel.observations());

        Transform[] transforms = {Transform.parse("pc1"), Transform.parse("fytd"), Transform.parse("r12")};
        double[] checksum = new double[1];
        Timings ours = Timings.measure(runs, () -> checksum[0] = kernel(panel, transforms));
        System.out.printf("ExportPulse kernel (pc1, fytd, r12; double[] columns): %s%n", ours);

        try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
            load((DuckDBConnection) c, panel);
            try (Statement s = c.createStatement()) {
                Timings duck = Timings.measure(runs, () -> s.execute(DUCKDB_QUERY));
                System.out.printf("DuckDB window query (CREATE TABLE AS SELECT, in-memory table): %s%n", duck);
                System.out.printf("ratio DuckDB / ExportPulse (median): %.1fx%n", duck.median() / ours.median());
                System.out.printf(
                        "results agree on %d values checked (series 0, %d and %d)%n",
                        agreement(s, panel, transforms), panel.series() / 2, panel.series() - 1);
            }
        }
        System.out.printf("(checksum %.3f)%n", checksum[0]);
    }

    /**
     * Compares DuckDB's result with the kernel's for three series, value by value (missing must
     * match missing; numbers within 1e-6 relative).
     *
     * @return the number of values compared
     * @throws IllegalStateException at the first disagreement
     */
    static int agreement(Statement s, Panel panel, Transform[] transforms) throws Exception {
        int checked = 0;
        for (int series : new int[] {0, panel.series() / 2, panel.series() - 1}) {
            MonthlyColumn column = new MonthlyColumn(panel.start(), panel.values()[series]);
            double[][] ours = new double[transforms.length][];
            for (int t = 0; t < transforms.length; t++) {
                ours[t] = TransformKernel.apply(transforms[t], column, Month.JULY, null);
            }
            try (var rs = s.executeQuery("SELECT m, pc1, fytd, r12 FROM result WHERE series_id = " + series)) {
                while (rs.next()) {
                    int m = rs.getInt(1);
                    for (int t = 0; t < transforms.length; t++) {
                        double theirs = rs.getDouble(t + 2);
                        boolean theirsMissing = rs.wasNull();
                        double mine = ours[t][m];
                        boolean same = theirsMissing
                                ? Double.isNaN(mine)
                                : Math.abs(mine - theirs) <= 1e-6 * Math.max(1, Math.abs(theirs));
                        if (!same) {
                            throw new IllegalStateException("series " + series + " month " + m + " "
                                    + transforms[t].text() + ": DuckDB " + (theirsMissing ? "NULL" : theirs)
                                    + ", ExportPulse " + mine);
                        }
                        checked++;
                    }
                }
            }
        }
        return checked;
    }

    /** All three transforms of every series; returns a checksum so the work cannot be skipped. */
    static double kernel(Panel panel, Transform[] transforms) {
        double sum = 0;
        double[] out = new double[panel.months()];
        for (double[] row : panel.values()) {
            MonthlyColumn column = new MonthlyColumn(panel.start(), row);
            for (Transform t : transforms) {
                TransformKernel.applyInto(t, column, Month.JULY, null, out);
                double last = out[out.length - 1];
                sum += Double.isNaN(last) ? 0 : last;
            }
        }
        return sum;
    }

    /** The panel as table panel(series_id, m, fy_start, v): m counts months, fy_start the month index of its fiscal year's July. */
    static void load(DuckDBConnection c, Panel panel) throws Exception {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE panel (series_id INTEGER, m INTEGER, fy_start INTEGER, v DOUBLE)");
        }
        try (DuckDBAppender appender = c.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "panel")) {
            for (int s = 0; s < panel.series(); s++) {
                for (int m = 0; m < panel.months(); m++) {
                    int monthOfYear = (START.getMonthValue() - 1 + m) % 12 + 1;
                    int sinceJuly = (monthOfYear - 7 + 12) % 12;
                    appender.beginRow();
                    appender.append(s);
                    appender.append(m);
                    appender.append(m - sinceJuly);
                    double v = panel.values()[s][m];
                    if (Double.isNaN(v)) {
                        appender.appendNull();
                    } else {
                        appender.append(v);
                    }
                    appender.endRow();
                }
            }
        }
    }
}
