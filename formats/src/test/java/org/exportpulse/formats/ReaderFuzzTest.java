package org.exportpulse.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.exportpulse.core.series.Series;
import org.exportpulse.formats.tidy.TidySeriesReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The readers' fuzz harness: seeded mutations of valid files in every format (tidy values and
 * series, SBP EasyData JSON and CSV, World Bank WDI). Every input must end in a batch or an {@link
 * IngestException} with a readable message, within a time budget and an allocation budget; anything
 * else fails with the seed that reproduces it.
 */
class ReaderFuzzTest {

    private static final long SEED = 20261204L;
    private static final int MUTANTS_PER_SEED = 1000;
    private static final long SECONDS_PER_INPUT = 5;
    private static final long BYTES_ALLOCATED_PER_INPUT = 256L << 20;
    private static final int LONGEST_MESSAGE = 50_000;

    private static final String[] TOKENS = {
        "\"",
        ",",
        "\n",
        "\r\n",
        "{",
        "}",
        "[",
        "]",
        ":",
        "\uFEFF",
        "1e999999999",
        "1e-2000000000",
        "-",
        ".",
        "9999-12",
        "0000-01",
        "2025-13",
        "NaN",
        "Infinity",
        "\"rows\"",
        "\"columns\"",
        "\u0000",
        "é",
        "\\u0000",
        "\"Data Source\"",
        "Country Code",
        "series,period,value",
        ";",
        "  ",
        "null",
        "true",
        "-0",
        "+1"
    };

    private static final ExecutorService RUNNER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "fuzz-reader");
        t.setDaemon(true);
        return t;
    });

    private static long mostAllocated;

    @AfterAll
    static void report() {
        RUNNER.shutdownNow();
        System.out.println("reader fuzz: most bytes allocated by one input " + mostAllocated);
    }

    private static List<Series> bundleSeries() throws IOException {
        return TidySeriesReader.read(NamedInput.of(Path.of("..", "data", "pk-ict", "bundle", "series.csv")));
    }

    private static byte[] head(Path file, int lines) throws IOException {
        List<String> all = Files.readAllLines(file, StandardCharsets.UTF_8);
        return (String.join("\n", all.subList(0, Math.min(lines, all.size()))) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = ReaderFuzzTest.class.getResourceAsStream("/easydata/" + name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void tidy_values() throws Exception {
        fuzz("values.csv", head(Path.of("..", "data", "pk-ict", "bundle", "observations.csv"), 40), 1);
    }

    @Test
    void tidy_series() throws Exception {
        fuzz("series.csv", head(Path.of("..", "data", "pk-ict", "bundle", "series.csv"), 15), 2);
    }

    @Test
    void easydata_json() throws Exception {
        fuzz("bop.json", resource("bop_goods_exports.json"), 3);
    }

    @Test
    void easydata_csv() throws Exception {
        fuzz("bop.csv", resource("bop_goods_exports.csv"), 4);
    }

    @Test
    void wdi() throws Exception {
        fuzz("wdi.csv", head(Path.of("..", "data", "wdi", "API_BX.GSR.CCIS.CD_DS2_en_csv_v2_920.csv"), 14), 5);
    }

    private void fuzz(String name, byte[] valid, int stream) throws Exception {
        List<Series> stored = bundleSeries();
        assertThat(outcome(name, valid, stored)).as("the unmutated %s", name).isEqualTo("read");
        Random random = new Random(SEED * 31 + stream);
        int read = 0;
        for (int i = 0; i < MUTANTS_PER_SEED; i++) {
            byte[] input = mutate(valid, random);
            String what = name + " mutant " + i + " (seed " + SEED + ", stream " + stream + ")";
            if (outcome(what, input, stored).equals("read")) {
                read++;
            }
        }
        System.out.println("reader fuzz: " + name + ": " + MUTANTS_PER_SEED + " mutants, " + read + " read, "
                + (MUTANTS_PER_SEED - read) + " refused with a message");
    }

    /** "read" or "refused"; fails the test for any other end. */
    private static String outcome(String what, byte[] input, List<Series> stored) throws Exception {
        Future<String> run = RUNNER.submit(() -> {
            com.sun.management.ThreadMXBean threads =
                    (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
            long before = threads.getCurrentThreadAllocatedBytes();
            String result;
            try {
                Ingestion.read(
                        List.of(NamedInput.ofBytes(what.split(" ")[0], input)), IngestOptions.defaults(), stored);
                result = "read";
            } catch (IngestException e) {
                assertThat(e.getMessage()).as(what).isNotBlank();
                assertThat(e.getMessage().length())
                        .as(what + ": message length")
                        .isLessThan(LONGEST_MESSAGE);
                assertThat(e.problems()).as(what).isNotEmpty();
                result = "refused";
            }
            long allocated = threads.getCurrentThreadAllocatedBytes() - before;
            mostAllocated = Math.max(mostAllocated, allocated);
            assertThat(allocated).as(what + ": bytes allocated").isLessThan(BYTES_ALLOCATED_PER_INPUT);
            return result;
        });
        try {
            return run.get(SECONDS_PER_INPUT, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            run.cancel(true);
            return fail(what + " took more than " + SECONDS_PER_INPUT + " s");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof AssertionError a) {
                throw a;
            }
            return fail(what + " ended in " + e.getCause(), e.getCause());
        }
    }

    private static byte[] mutate(byte[] valid, Random random) {
        byte[] bytes = valid;
        int mutations = 1 + random.nextInt(4);
        for (int m = 0; m < mutations && bytes.length > 0; m++) {
            int at = random.nextInt(bytes.length);
            int span = 1 + random.nextInt(Math.min(64, bytes.length - at));
            bytes = switch (random.nextInt(7)) {
                case 0 -> flip(bytes, at, random);
                case 1 -> splice(bytes, at, span, new byte[0]);
                case 2 -> splice(bytes, at, 0, Arrays.copyOfRange(bytes, at, at + span));
                case 3 -> splice(bytes, at, 0, TOKENS[random.nextInt(TOKENS.length)].getBytes(StandardCharsets.UTF_8));
                case 4 ->
                    splice(bytes, at, span, TOKENS[random.nextInt(TOKENS.length)].getBytes(StandardCharsets.UTF_8));
                case 5 -> Arrays.copyOf(bytes, at);
                default ->
                    splice(bytes, at, 0, "9".repeat(1 + random.nextInt(100_000)).getBytes(StandardCharsets.UTF_8));
            };
        }
        return bytes;
    }

    private static byte[] flip(byte[] bytes, int at, Random random) {
        byte[] copy = bytes.clone();
        copy[at] = (byte) random.nextInt(256);
        return copy;
    }

    private static byte[] splice(byte[] bytes, int at, int remove, byte[] insert) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + insert.length);
        out.write(bytes, 0, at);
        out.write(insert, 0, insert.length);
        out.write(bytes, at + remove, bytes.length - at - remove);
        return out.toByteArray();
    }
}
