package org.exportpulse.cli.command;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.exportpulse.cli.Pulse;
import org.exportpulse.server.webhook.Webhooks;
import org.exportpulse.store.AddedVintage;
import org.exportpulse.store.IngestReport;
import org.exportpulse.update.SourceResult;
import org.exportpulse.update.Sources;
import org.exportpulse.update.UpdateJson;
import org.exportpulse.update.UpdateResult;
import org.exportpulse.update.Updater;
import org.exportpulse.update.http.Sleeper;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code pulse update [SOURCE…] [--since DATE] [--dry-run] [--format table|json]}. */
@Command(
        name = "update",
        description = "Fetch what the publishers have published and store what is new, in one transaction: new"
                + " values, and revisions as new vintages dated by the publisher's release date. SOURCEs: sbp"
                + " (SBP EasyData API; key in PULSE_SBP_API_KEY), worldbank (World Bank Indicators API), imf (IMF"
                + " balance of payments via DBnomics); all of them by default. If any source fails, nothing is"
                + " stored (exit code 4).")
public final class UpdateCommand implements Callable<Integer> {

    /** Lines of changes a table shows; JSON lists all. */
    static final int TABLE_LINES = 40;

    /** How long {@code pulse update} waits for webhook deliveries before it exits. */
    static final Duration WEBHOOK_WAIT = Duration.ofSeconds(60);

    @ParentCommand
    Pulse pulse;

    @Parameters(arity = "0..*", paramLabel = "SOURCE", description = "sbp, worldbank or imf (default: all).")
    List<String> sources = List.of();

    @Option(
            names = "--since",
            paramLabel = "DATE",
            description = "Only periods ending on or after DATE (YYYY-MM-DD); also narrows the requests.")
    String since;

    @Option(names = "--dry-run", description = "Fetch and list what would be stored; store nothing.")
    boolean dryRun;

    @Mixin
    FormatOption.TableOrJson formatOption;

    @Override
    public Integer call() {
        LocalDate from = since == null ? null : Arguments.date("--since", since);
        Sources.Settings settings = Sources.Settings.fromEnvironment(pulse.environment())
                .withSleeper(wait -> {
                    pulse.err().println("pulse update: no answer yet; trying again in " + wait.toSeconds() + " s");
                    pulse.err().flush();
                    Sleeper.REAL.sleep(wait);
                });
        var selected = Sources.select(sources, settings);
        try (Webhooks hooks = Webhooks.fromEnvironment(pulse.environment(), pulse.clock(), line -> {
            pulse.err().println("pulse update: " + line);
            pulse.err().flush();
        })) {
            UpdateResult result = Updater.run(
                    selected, pulse.store(), from, dryRun, pulse.clock().instant());
            print(result);
            if (!dryRun && hooks.any()) {
                hooks.announce(result.report(), pulse.store());
                if (!hooks.awaitDeliveries(WEBHOOK_WAIT)) {
                    pulse.err()
                            .println("pulse update: webhook deliveries still pending after " + WEBHOOK_WAIT.toSeconds()
                                    + " s were abandoned (the update is stored)");
                }
            }
        }
        return 0;
    }

    private void print(UpdateResult result) {
        switch (formatOption.format) {
            case JSON -> Json.print(UpdateJson.of(result), pulse.out());
            case TABLE -> table(result, pulse.out());
            default ->
                throw new IllegalArgumentException("an update is written as table or json, not " + formatOption.format);
        }
        pulse.out().flush();
    }

    private static void table(UpdateResult result, PrintWriter out) {
        for (SourceResult s : result.sources()) {
            out.printf(
                    "%s: %d requests, %d values%s%n",
                    s.source(),
                    s.requests(),
                    s.batch().observations().size(),
                    s.batch().series().isEmpty()
                            ? ""
                            : ", " + s.batch().series().size() + " series defined");
            s.notes().forEach(n -> out.println("  " + n));
        }
        IngestReport report = result.report();
        int revisions = report.revisions().size();
        out.printf(
                "%s %d new values and %d revisions; %d unchanged; %d series created, %d updated.%n",
                result.dryRun() ? "Dry run, nothing stored: would add" : "Stored",
                report.added().size() - revisions,
                revisions,
                report.observationsUnchanged(),
                report.seriesCreated(),
                report.seriesUpdated());
        List<AddedVintage> shown = report.added().stream().limit(TABLE_LINES).toList();
        for (AddedVintage a : shown) {
            out.printf(
                    Locale.ROOT,
                    "  %-28s %-8s %-8s %-24s vintage %d, public by %s (%s)%n",
                    a.seriesId(),
                    a.period().code(),
                    a.isRevision() ? "revised" : "new",
                    a.isRevision()
                            ? a.previous().toPlainString() + " -> " + a.value().toPlainString()
                            : a.value().toPlainString(),
                    a.vintage(),
                    a.publicBy(),
                    a.publicByBasis().code());
        }
        if (report.added().size() > shown.size()) {
            out.println("  … and " + (report.added().size() - shown.size()) + " more (--format json lists all)");
        }
    }
}
