package org.exportpulse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.exportpulse.core.series.Series;
import org.exportpulse.store.SeriesStore;
import org.exportpulse.store.jdbc.H2Location;
import org.exportpulse.store.jdbc.JdbcSeriesStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The crash-consistency harness: {@code pulse ingest} in its own process, killed with SIGKILL at
 * seeded random moments; every store must reopen holding all of the ingest or none of it, and take
 * the same ingest again.
 */
class IngestCrashTest {

    private static final long SEED = 20261204L;
    private static final int KILLS = 6;
    private static final int SERIES = 150;
    private static final int MONTHS = 120;
    private static final String PREFIX = "crash.test.s";

    @Test
    void an_ingest_killed_at_any_moment_leaves_all_of_it_or_none(@TempDir Path dir) throws Exception {
        Path template = dir.resolve("template");
        assertThat(PulseRun.in(template, "series").exitCode()).isZero(); // the bundle, loaded once
        Path series = write(dir.resolve("series.csv"), seriesFile());
        Path values = write(dir.resolve("values.csv"), valuesFile());

        Path whole = PulseProcess.copy(template, dir.resolve("whole"));
        long start = System.nanoTime();
        Process uninterrupted = ingest(whole, series, values);
        assertThat(uninterrupted.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(uninterrupted.exitValue()).as(output(uninterrupted)).isZero();
        long fullNanos = System.nanoTime() - start;
        assertThat(valuesOf(whole)).isEqualTo(SERIES * MONTHS);

        Random random = new Random(SEED);
        List<String> outcomes = new ArrayList<>();
        Path last = null;
        for (int i = 0; i < KILLS; i++) {
            Path home = PulseProcess.copy(template, dir.resolve("kill" + i));
            long delay = (long) (fullNanos * (0.3 + 0.7 * random.nextDouble()));
            Process child = ingest(home, series, values);
            boolean finished = child.waitFor(delay, TimeUnit.NANOSECONDS);
            if (!finished) {
                child.destroyForcibly();
                assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            }
            int stored = valuesOf(home);
            assertThat(stored)
                    .as("values after a kill at %d ms", TimeUnit.NANOSECONDS.toMillis(delay))
                    .isIn(0, SERIES * MONTHS);
            outcomes.add((finished ? "finished" : stored == 0 ? "none" : "all") + "@"
                    + TimeUnit.NANOSECONDS.toMillis(delay) + "ms");
            last = home;
        }
        Process again = ingest(last, series, values);
        assertThat(again.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(again.exitValue()).as(output(again)).isZero();
        assertThat(valuesOf(last)).as("the same ingest after the last kill").isEqualTo(SERIES * MONTHS);
        System.out.println("ingest of " + SERIES * MONTHS + " values in " + TimeUnit.NANOSECONDS.toMillis(fullNanos)
                + " ms; kills: " + outcomes);
    }

    private static Process ingest(Path home, Path series, Path values) throws IOException {
        return PulseProcess.start(
                home, home.resolve("ingest.log"), List.of(), "ingest", series.toString(), values.toString());
    }

    private static String output(Process p) {
        return "the ingest's output: " + p.info().commandLine().orElse("");
    }

    /** The test series' values in the store at {@code home}, which must open. */
    private static int valuesOf(Path home) {
        try (SeriesStore store = JdbcSeriesStore.open(H2Location.dataSource(H2Location.url(home)))) {
            int count = 0;
            List<Series> all = store.allSeries();
            for (Series s : all) {
                if (s.id().startsWith(PREFIX)) {
                    count += store.currentObservations(s.id()).size();
                }
            }
            long defined = all.stream().filter(s -> s.id().startsWith(PREFIX)).count();
            assertThat(defined).as("series defined with the values").isEqualTo(count == 0 ? 0 : SERIES);
            return count;
        }
    }

    private static String seriesFile() {
        StringBuilder text = new StringBuilder("id,title,unit,frequency,kind\n");
        for (int s = 0; s < SERIES; s++) {
            text.append(PREFIX).append(s).append(",Crash test ").append(s).append(",USD million,month,flow\n");
        }
        return text.toString();
    }

    private static String valuesFile() {
        StringBuilder text = new StringBuilder("series,period,value\n");
        for (int s = 0; s < SERIES; s++) {
            for (int m = 0; m < MONTHS; m++) {
                text.append(PREFIX)
                        .append(s)
                        .append(',')
                        .append(2010 + m / 12)
                        .append('-')
                        .append(String.format("%02d", m % 12 + 1))
                        .append(',')
                        .append(100 + s + m)
                        .append('\n');
            }
        }
        return text.toString();
    }

    private static Path write(Path file, String text) throws IOException {
        return Files.writeString(file, text);
    }
}
