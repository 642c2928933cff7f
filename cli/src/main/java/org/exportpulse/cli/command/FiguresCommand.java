package org.exportpulse.cli.command;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.exportpulse.cli.Pulse;
import org.exportpulse.cli.render.FiguresTable;
import org.exportpulse.core.figures.HeadlineFigures;
import org.exportpulse.core.figures.HeadlineFiguresKernel;
import org.exportpulse.core.release.Freshness;
import org.exportpulse.core.series.ObservationSource;
import org.exportpulse.export.FiguresJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code pulse figures SERIES [--period 2025-12] [--format table|json]}. */
@Command(
        name = "figures",
        description = "Headline figures for a month: value, month-on-month, year-on-year, fiscal year to date,"
                + " rolling 12 months, records, the year-on-year streak and shares, each traced to its source.")
public final class FiguresCommand implements Callable<Integer> {

    @ParentCommand
    Pulse pulse;

    @Parameters(index = "0", paramLabel = "SERIES", description = "Monthly series id, e.g. pk.ict.exports.")
    String seriesId;

    @Option(
            names = "--period",
            paramLabel = "MONTH",
            description = "Month, e.g. 2025-12 (default: latest with a value).")
    String period;

    @Mixin
    AsOfOption asOfOption;

    @Mixin
    FormatOption.TableOrJson formatOption;

    @Override
    public Integer call() {
        ObservationSource source = Arguments.source(pulse.store(), asOfOption.asOf);
        HeadlineFiguresKernel kernel = HeadlineFiguresKernel.of(source);
        YearMonth month = period == null ? kernel.latestMonth(seriesId) : Arguments.month(period);
        HeadlineFigures figures = kernel.compute(seriesId, month);
        switch (formatOption.format) {
            case JSON -> Json.print(FiguresJson.of(figures).put("as_of", asOfOption.asOf), pulse.out());
            case TABLE -> FiguresTable.print(figures, freshness(source), pulse.out());
            default ->
                throw new IllegalArgumentException("figures are written as table or json, not " + formatOption.format);
        }
        return 0;
    }

    /** The series against its release calendar, on the as-of date or today. */
    private Optional<Freshness> freshness(ObservationSource source) {
        LocalDate today =
                asOfOption.asOf == null ? LocalDate.now(pulse.clock()) : Arguments.date("--as-of", asOfOption.asOf);
        return Arguments.freshness(source, seriesId, today);
    }
}
