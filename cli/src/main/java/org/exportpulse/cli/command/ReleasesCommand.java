package org.exportpulse.cli.command;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.exportpulse.bundle.BundledData;
import org.exportpulse.cli.Pulse;
import org.exportpulse.core.release.Freshness;
import org.exportpulse.core.release.FreshnessKernel;
import org.exportpulse.export.ReleaseWords;
import org.exportpulse.export.ReleasesJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code pulse releases [--today DATE] [--format table|json]}. */
@Command(
        name = "releases",
        description = "The release calendar against the store: for each series with one, its latest month, when it"
                + " was last updated, the next expected release and the releases the calendar expected by now that"
                + " the store lacks.")
public final class ReleasesCommand implements Callable<Integer> {

    @ParentCommand
    Pulse pulse;

    @Option(names = "--today", paramLabel = "DATE", description = "Judge as on DATE (YYYY-MM-DD; default: today).")
    String today;

    @Mixin
    FormatOption.TableOrJson formatOption;

    @Override
    public Integer call() {
        LocalDate day = today == null ? LocalDate.now(pulse.clock()) : Arguments.date("--today", today);
        List<Freshness> all =
                FreshnessKernel.of(pulse.store(), BundledData.releasePatterns()).compute(day);
        switch (formatOption.format) {
            case JSON -> Json.print(ReleasesJson.of(day, all), pulse.out());
            case TABLE -> table(day, all, pulse.out());
            default ->
                throw new IllegalArgumentException("releases are written as table or json, not " + formatOption.format);
        }
        return 0;
    }

    private static void table(LocalDate day, List<Freshness> all, PrintWriter out) {
        out.println("Release calendar against the store, " + day);
        out.printf("%-32s %-9s %-8s %-22s %s%n", "SERIES", "PUBLISHER", "LATEST", "LAST UPDATED", "NEXT RELEASE");
        for (Freshness f : all) {
            out.printf(
                    Locale.ROOT,
                    "%-32s %-9s %-8s %-22s %s: %s to %s%n",
                    f.pattern().seriesId(),
                    f.pattern().publisher(),
                    f.latestPeriod() == null ? "-" : f.latestPeriod(),
                    f.lastUpdated() == null
                            ? "-"
                            : f.lastUpdated() + " (" + f.lastUpdatedBasis().code() + ")",
                    f.nextPeriod(),
                    f.nextFrom(),
                    f.nextBy());
        }
        all.stream()
                .filter(Freshness::behind)
                .forEach(f -> out.println("Behind: " + f.pattern().seriesId() + ": " + ReleaseWords.warning(f)));
    }
}
