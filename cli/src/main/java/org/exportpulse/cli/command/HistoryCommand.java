package org.exportpulse.cli.command;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.exportpulse.cli.Pulse;
import org.exportpulse.core.series.NotFoundException;
import org.exportpulse.core.series.Observation;
import org.exportpulse.core.series.Series;
import org.exportpulse.core.time.Period;
import org.exportpulse.export.ObservationJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code pulse history SERIES PERIOD [--format table|json]}: every vintage of one value. */
@Command(
        name = "history",
        description = "Every published vintage of one period's value, oldest first, with status,"
                + " public-by date and sources.")
public final class HistoryCommand implements Callable<Integer> {

    @ParentCommand
    Pulse pulse;

    @Parameters(index = "0", paramLabel = "SERIES", description = "Series id, e.g. pk.ict.exports.")
    String seriesId;

    @Parameters(index = "1", paramLabel = "PERIOD", description = "Period, e.g. 2024-11, FY2025 or 2025-07/2025-12.")
    String period;

    @Mixin
    FormatOption.TableOrJson formatOption;

    @Override
    public Integer call() {
        Series series = pulse.store().series(seriesId).orElseThrow(() -> NotFoundException.series(seriesId));
        Period p = Period.parse(period, series.calendar());
        List<Observation> vintages = pulse.store().vintages(seriesId, p);
        if (vintages.isEmpty()) {
            throw NotFoundException.period(
                    seriesId, p.code(), "no vintage is stored; see 'pulse show " + seriesId + "'");
        }
        switch (formatOption.format) {
            case JSON -> Json.print(ObservationJson.list(series, "vintages", vintages), pulse.out());
            case TABLE -> table(series, p, vintages, pulse.out());
            default ->
                throw new IllegalArgumentException("history is written as table or json, not " + formatOption.format);
        }
        return 0;
    }

    private static void table(Series series, Period period, List<Observation> vintages, PrintWriter out) {
        out.printf("%s (%s) %s, %s%n", series.title(), series.id(), period.code(), series.unit());
        String row = "%7s %12s  %-11s %-10s %-10s %s%n";
        out.printf(row, "VINTAGE", "VALUE", "STATUS", "PUBLIC BY", "BASIS", "SOURCES");
        for (Observation o : vintages) {
            out.printf(
                    row,
                    o.vintage(),
                    o.value().toPlainString(),
                    o.status().code(),
                    o.publicBy() == null ? "" : o.publicBy(),
                    o.publicByBasis() == null ? "" : o.publicByBasis().code(),
                    String.join(" ; ", o.sources()));
        }
        out.printf(
                "%d vintage%s; the current value is vintage %d%n",
                vintages.size(),
                vintages.size() == 1 ? "" : "s",
                vintages.get(vintages.size() - 1).vintage());
    }
}
