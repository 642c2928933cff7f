package org.exportpulse.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.exportpulse.bundle.BundledData;
import org.exportpulse.check.ClaimChecker;
import org.exportpulse.core.derive.DerivedMonthsSource;
import org.exportpulse.store.SeriesStore;
import org.exportpulse.store.jdbc.H2Location;
import org.exportpulse.store.jdbc.JdbcSeriesStore;

/**
 * Claim-checker throughput: {@code articles} generated news articles of about {@code words} words
 * each (seeded), checked against the bundled data in an embedded H2 store by one checker. The
 * peer, measured in the same run, is a plain word count of the same texts: a floor for any pass
 * that reads every word.
 *
 * <p>Arguments: {@code [articles=1000] [words=1000] [runs=5] [seed=20261128]}.
 */
public final class CheckBench {

    private static final String[] MONTHS = {
        "July", "August", "September", "October", "November", "December", "January", "February"
    };
    private static final int[] VALUES = {354, 337, 366, 386, 356, 437, 374, 365};
    private static final String[] FILLER = {
        "The sector has benefited from a growing pool of freelancers and software houses in Lahore, Karachi and Islamabad.",
        "Industry representatives said that taxation and internet disruptions remained a concern for exporters.",
        "Officials attributed the performance to policy measures and a stable exchange rate over the period.",
        "Analysts expect the momentum to continue as global demand for outsourced services remains firm.",
        "The central bank releases the data around the middle of each month for the month before.",
        "Several companies reported new contracts with clients in North America, Europe and the Gulf."
    };

    private CheckBench() {}

    public static void main(String[] args) throws Exception {
        int articles = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int words = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 20261128L;
        List<String> texts = generate(articles, words, new Random(seed));
        long totalWords = texts.stream().mapToLong(t -> t.split("\\s+").length).sum();
        System.out.printf(
                "%,d articles, %,d words, %,d characters%n",
                articles, totalWords, texts.stream().mapToLong(String::length).sum());
        Path dir = Files.createTempDirectory("pulse-check-bench");
        try (SeriesStore store = JdbcSeriesStore.open(H2Location.dataSource(H2Location.url(dir.resolve("h2"))))) {
            store.ingest(BundledData.read(store.allSeries()), "bench", Instant.now());
            ClaimChecker checker =
                    ClaimChecker.of(DerivedMonthsSource.over(store), store::vintages, BundledData.subjectLexicon());
            LocalDate date = LocalDate.of(2026, 3, 20);
            long[] claims = new long[1];
            Timings ours = Timings.measure(runs, () -> {
                claims[0] = 0;
                for (String t : texts) {
                    claims[0] += checker.check(t, date).claims().size();
                }
            });
            Timings peer = Timings.measure(runs, () -> {
                long n = 0;
                for (String t : texts) {
                    n += t.split("\\s+").length;
                }
                if (n == 0) {
                    throw new IllegalStateException("no words");
                }
            });
            System.out.printf("claims found per run: %,d%n", claims[0]);
            System.out.printf("ExportPulse check, all articles: %s%n", ours);
            System.out.printf("peer: word count of the same texts: %s%n", peer);
            System.out.printf(
                    "ratio check / word count (median): %.1fx; goal: 1,000 articles of 1,000 words under 10 s%n",
                    ours.median() / peer.median());
        }
    }

    /** Articles mixing filler prose with numeric sentences in the forms the checker reads. */
    static List<String> generate(int articles, int words, Random random) {
        List<String> texts = new ArrayList<>(articles);
        for (int a = 0; a < articles; a++) {
            StringBuilder b = new StringBuilder("ISLAMABAD, March 20, 2026: ");
            while (b.length() < words * 6) {
                b.append(random.nextInt(3) == 0 ? numeric(random) : FILLER[random.nextInt(FILLER.length)])
                        .append(' ');
                if (random.nextInt(5) == 0) {
                    b.append("\n\n");
                }
            }
            texts.add(b.toString());
        }
        return texts;
    }

    private static String numeric(Random random) {
        int i = random.nextInt(MONTHS.length);
        int value = VALUES[i] + (random.nextBoolean() ? 0 : random.nextInt(21) - 10);
        int pct = 5 + random.nextInt(30);
        return switch (random.nextInt(4)) {
            case 0 -> "IT exports stood at $" + value + " million in " + MONTHS[i] + ", up " + pct + "% year-on-year.";
            case 1 ->
                "In July-" + MONTHS[Math.max(1, i)] + " FY26, ICT exports rose " + pct + " percent to $"
                        + (value * (i + 1) / 100) / 10.0 + " billion.";
            case 2 -> "IT exports made up " + (8 + random.nextInt(40) / 10.0) + "% of total exports in FY25.";
            default ->
                "Exports rose from $" + (value - 30) + " million in " + MONTHS[Math.max(0, i - 1)] + " to $" + value
                        + " million, a record jump of " + pct + "%.";
        };
    }
}
