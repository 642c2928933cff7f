package org.exportpulse.cli.command;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.exportpulse.brief.compose.BriefSpec;
import org.exportpulse.cli.Pulse;
import org.exportpulse.core.ranking.ExportRanking;
import org.exportpulse.core.ranking.RankingKernel;
import org.exportpulse.core.ranking.RankingSpec;
import org.exportpulse.core.time.FiscalYear;
import org.exportpulse.export.RankingJson;
import org.exportpulse.export.RankingWords;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code pulse ranking [--fiscal-year FY25] [--window 3] [--format table|json]}. */
@Command(
        name = "ranking",
        description = "IT & telecom services exports against the other export categories: rank, growth, and the"
                + " fiscal year IT would pass each one under stated assumptions.")
public final class RankingCommand implements Callable<Integer> {

    @ParentCommand
    Pulse pulse;

    @Option(
            names = "--fiscal-year",
            paramLabel = "FY",
            description = "The year to rank (default: the latest with IT and two categories).")
    String fiscalYear;

    @Option(
            names = "--window",
            defaultValue = "3",
            description = "Years of compound growth for each category, at most (default: ${DEFAULT-VALUE}).")
    int window;

    @Mixin
    FormatOption.TableOrJson formatOption;

    @Override
    public Integer call() {
        BriefSpec spec = pulse.presets().flagship();
        var source = Arguments.source(pulse.store(), null);
        FiscalYear fy = fiscalYear == null
                ? null
                : FiscalYear.parse(
                        fiscalYear, source.series(spec.seriesId()).orElseThrow().calendar());
        ExportRanking r = RankingKernel.of(source, pulse.engines().forecasters().defaultMethod())
                .compute(new RankingSpec(spec.seriesId(), spec.categories(), Optional.ofNullable(fy), window));
        switch (formatOption.format) {
            case JSON -> Json.print(RankingJson.of(r), pulse.out());
            case TABLE -> table(r, spec, pulse.out());
            default -> throw new IllegalArgumentException("ranking writes table or json, not " + formatOption.format);
        }
        pulse.out().flush();
        return 0;
    }

    private static void table(ExportRanking r, BriefSpec spec, PrintWriter out) {
        out.println("Export categories, " + r.fiscalYear().label() + " (USD million; " + spec.rankingNote() + ")");
        out.printf("  %-4s %-44s %10s %8s %18s%n", "RANK", "CATEGORY", "VALUE", "GROWTH", "COMPOUND / YEAR");
        for (ExportRanking.Row row : r.rows()) {
            out.printf(
                    Locale.ROOT,
                    "%s %-4d %-44s %10.1f %8s %18s%n",
                    row.subject() ? "*" : " ",
                    row.rank(),
                    row.name(),
                    row.value(),
                    pct(row.growth()),
                    Double.isNaN(row.compoundGrowth())
                            ? "n/a"
                            : pct(row.compoundGrowth()) + " since "
                                    + row.growthFrom().label());
        }
        out.println("Crossovers:");
        r.crossovers().forEach(c -> out.println("  " + c.name() + ": " + RankingWords.explanation(r, c)));
        out.println("IT path (USD million): "
                + String.join(
                        ", ",
                        r.subjectPath().stream()
                                .map(p -> String.format(
                                        Locale.ROOT,
                                        "%s %.0f%s",
                                        p.fiscalYear().label(),
                                        p.total(),
                                        p.forecastMonths() == 0
                                                ? ""
                                                : p.forecastMonths() == 12
                                                        ? " (forecast)"
                                                        : " (" + p.forecastMonths() + " months forecast)"))
                                .toList()));
        out.println("Assumptions:");
        RankingWords.assumptions(r).forEach(a -> out.println("  - " + a));
    }

    private static String pct(double v) {
        return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%+.1f%%", v);
    }
}
