package org.exportpulse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.exportpulse.core.series.Series;
import org.exportpulse.store.SeriesStore;
import org.exportpulse.store.jdbc.H2Location;
import org.exportpulse.store.jdbc.JdbcSeriesStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code pulse ingest} streams: a file of 1,000 series by 240 months (240,000 rows of about 110
 * bytes, each with a source) is ingested by a process whose heap is capped at 64 MB — reading the
 * whole file into rows first, as ingest did before, needs several times that — and more periods
 * than the store writer keeps cached, so a series is read back from the open transaction when a
 * row comes back to it. The same file goes into PostgreSQL (through {@code COPY}) with the same cap.
 */
class IngestMemoryTest {

    private static final int SERIES = 1_000;
    private static final int MONTHS = 240;
    private static final String PREFIX = "memory.test.s";

    @TempDir
    static Path dir;

    private static Path template;
    private static Path series;
    private static Path values;

    @BeforeAll
    static void files() throws IOException {
        template = dir.resolve("template");
        assertThat(PulseRun.in(template, "series").exitCode()).isZero(); // the bundle, loaded once
        series = dir.resolve("series.csv");
        StringBuilder text = new StringBuilder("id,title,unit,frequency,kind\n");
        for (int s = 0; s < SERIES; s++) {
            text.append(PREFIX).append(s).append(",Memory test ").append(s).append(",USD million,month,flow\n");
        }
        Files.writeString(series, text);
        values = dir.resolve("values.csv");
        try (BufferedWriter out = Files.newBufferedWriter(values)) {
            out.write("series,period,value,source\n");
            for (int s = 0; s < SERIES; s++) {
                for (int m = 0; m < MONTHS; m++) {
                    out.write(PREFIX + s + "," + (2006 + m / 12) + "-" + String.format("%02d", m % 12 + 1) + ","
                            + (100 + s + m) + ".25,https://example.org/releases/" + s + "/" + m + "\n");
                }
            }
        }
    }

    @Test
    void a_large_file_is_ingested_with_a_64_mb_heap() throws Exception {
        Path home = PulseProcess.copy(template, dir.resolve("small-heap"));
        Path log = dir.resolve("small-heap.log");
        Process child =
                PulseProcess.start(home, log, List.of("-Xmx64m"), "ingest", series.toString(), values.toString());
        assertThat(child.waitFor(300, TimeUnit.SECONDS)).isTrue();
        String output = Files.readString(log);
        assertThat(child.exitValue()).as(output).isZero();
        assertThat(output).contains("1000 series created", SERIES * MONTHS + " values added");
        assertThat(valuesOf(home)).isEqualTo(SERIES * MONTHS);
    }

    @Test
    void a_large_file_is_copied_into_postgresql_with_a_64_mb_heap() throws Exception {
        String url = org.exportpulse.store.PostgresTestDatabase.freshSchemaUrl("cli_memory");
        Path log = dir.resolve("postgres.log");
        Process child = PulseProcess.start(
                dir.resolve("postgres-home"),
                log,
                List.of("-Xmx64m"),
                "--db",
                url,
                "ingest",
                series.toString(),
                values.toString());
        assertThat(child.waitFor(300, TimeUnit.SECONDS)).isTrue();
        String output = Files.readString(log);
        assertThat(child.exitValue()).as(output).isZero();
        assertThat(output).contains("1000 series created", SERIES * MONTHS + " values added");
        try (SeriesStore store = JdbcSeriesStore.open(org.exportpulse.store.jdbc.StoreLocation.dataSource(url))) {
            assertThat(valuesOf(store)).isEqualTo(SERIES * MONTHS);
            assertThat(store.currentObservations(PREFIX + "7").get(0).sources())
                    .containsExactly("https://example.org/releases/7/0");
        }
    }

    @Test
    void a_row_that_returns_to_a_series_read_back_is_checked_against_what_this_ingest_wrote() throws Exception {
        Path home = PulseProcess.copy(template, dir.resolve("conflict"));
        Path more = dir.resolve("more.csv");
        Files.copy(values, more);
        Files.writeString(
                more,
                PREFIX + "0,2006-01,100.25,https://example.org/again\n" // a repeat: dropped
                        + PREFIX + "0,2006-02,999,https://example.org/other\n", // a second value: a conflict
                java.nio.file.StandardOpenOption.APPEND);
        PulseRun run = PulseRun.in(home, "ingest", series.toString(), more.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.err())
                .contains(more + ":" + (SERIES * MONTHS + 3), "conflicts with an earlier line of this ingest", "999")
                .doesNotContain(":" + (SERIES * MONTHS + 2) + ":");
        assertThat(valuesOf(home)).as("the store is unchanged").isZero();
    }

    /** The test series' values in the store at {@code home}. */
    private static int valuesOf(Path home) {
        try (SeriesStore store = JdbcSeriesStore.open(H2Location.dataSource(H2Location.url(home)))) {
            return valuesOf(store);
        }
    }

    private static int valuesOf(SeriesStore store) {
        int count = 0;
        List<Series> all = store.allSeries();
        for (Series s : all) {
            if (s.id().startsWith(PREFIX)) {
                count += store.currentObservations(s.id()).size();
            }
        }
        return count;
    }
}
