package org.exportpulse.cli.command;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.exportpulse.cli.Pulse;
import org.exportpulse.core.outlook.FiscalYearOutlook;
import org.exportpulse.core.outlook.OutlookKernel;
import org.exportpulse.core.outlook.OutlookSpec;
import org.exportpulse.core.series.NotFoundException;
import org.exportpulse.core.time.FiscalYear;
import org.exportpulse.export.OutlookJson;
import org.exportpulse.export.OutlookWords;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code pulse outlook SERIES --fiscal-year FY26 [--target 4200] [--format table|json]}. */
@Command(
        name = "outlook",
        description = "Project a fiscal year's total: reported months plus simulated paths of the rest, with the"
                + " total's interval, and what a target (and last year's total) ask of the months left.")
public final class OutlookCommand implements Callable<Integer> {

    @ParentCommand
    Pulse pulse;

    @Parameters(index = "0", paramLabel = "SERIES", description = "Monthly series id, e.g. pk.ict.exports.")
    String seriesId;

    @Option(
            names = "--fiscal-year",
            required = true,
            paramLabel = "FY",
            description = "FY26, FY2026 or 2025-26 (the series' fiscal calendar).")
    String fiscalYear;

    @Option(names = "--target", paramLabel = "AMOUNT", description = "A total to reach, in the series' unit.")
    Double target;

    @Mixin
    FormatOption.TableOrJson formatOption;

    @Override
    public Integer call() {
        var source = Arguments.source(pulse.store(), null);
        var series = source.series(seriesId).orElseThrow(() -> NotFoundException.series(seriesId));
        FiscalYear fy = FiscalYear.parse(fiscalYear, series.calendar());
        FiscalYearOutlook o = OutlookKernel.of(source, pulse.engines().simulator())
                .compute(
                        target == null
                                ? OutlookSpec.of(seriesId, fy)
                                : OutlookSpec.of(seriesId, fy).withTarget(target));
        switch (formatOption.format) {
            case JSON -> Json.print(OutlookJson.of(o), pulse.out());
            case TABLE -> table(o, pulse.out());
            default -> throw new IllegalArgumentException("outlook writes table or json, not " + formatOption.format);
        }
        pulse.out().flush();
        return 0;
    }

    private static void table(FiscalYearOutlook o, PrintWriter out) {
        String unit = o.series().unit().toString();
        out.println(o.series().title() + " (" + o.series().id() + "), " + unit + ": "
                + o.fiscalYear().label() + " (" + o.fiscalYear().first() + " to "
                + o.fiscalYear().last() + ")");
        out.printf(
                Locale.ROOT,
                "Reported: %d months, %s to %s, total %,.1f%n",
                o.actual().size(),
                o.actual().get(0).month(),
                o.actual().get(o.actual().size() - 1).month(),
                o.actualTotal());
        if (!o.remaining().isEmpty()) {
            out.println("Remaining months (mean, 80% interval):");
            o.monthly()
                    .forEach(m -> out.printf(
                            Locale.ROOT, "  %s %9.1f  [%.1f, %.1f]%n", m.month(), m.mean(), m.lower80(), m.upper80()));
        }
        FiscalYearOutlook.Distribution t = o.total();
        out.printf(
                Locale.ROOT,
                "Projected total: %,.1f (median %,.1f); 80%% interval %,.1f to %,.1f; 95%% interval %,.1f to %,.1f%n",
                t.mean(),
                t.median(),
                t.lower80(),
                t.upper80(),
                t.lower95(),
                t.upper95());
        o.lastYear().ifPresent(g -> goal(out, "Last year", g));
        o.target().ifPresent(g -> goal(out, "Target", g));
        out.println("Assumptions:");
        OutlookWords.assumptions(o).forEach(a -> out.println("  - " + a));
    }

    private static void goal(PrintWriter out, String title, FiscalYearOutlook.Goal g) {
        String name = g.name().equals("target") ? title : title + " (" + g.name() + ")";
        if (g.reached()) {
            out.printf(Locale.ROOT, "%s: %,.1f, already reached by the reported months%n", name, g.value());
            return;
        }
        String growth = Double.isNaN(g.requiredGrowth())
                ? ""
                : String.format(Locale.ROOT, " (%+.1f%% on the same months a year earlier)", g.requiredGrowth());
        out.printf(
                Locale.ROOT,
                "%s: %,.1f (%s); needs %,.1f a month on average%s; probability %.1f%%; projection %+.1f%%%n",
                name,
                g.value(),
                OutlookWords.basis(g),
                g.requiredMonthlyAverage(),
                growth,
                g.probability(),
                g.projectedChange());
    }
}
