package org.exportpulse.cli.command;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import org.exportpulse.cli.Pulse;
import org.exportpulse.core.series.NotFoundException;
import org.exportpulse.core.series.Observation;
import org.exportpulse.core.series.Series;
import org.exportpulse.core.time.Period;
import org.exportpulse.core.transform.Aggregation;
import org.exportpulse.core.transform.SeriesTransforms;
import org.exportpulse.core.transform.Transform;
import org.exportpulse.export.ExportFormat;
import org.exportpulse.export.Numbers;
import org.exportpulse.export.ObservationJson;
import org.exportpulse.export.SeriesExport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code pulse show SERIES [--from P] [--to P] [--format table|csv|json]}: current values. */
@Command(name = "show", description = "The current value of each period of a series, with status, vintage and source.")
public final class ShowCommand implements Callable<Integer> {

    @ParentCommand
    Pulse pulse;

    @Parameters(index = "0", paramLabel = "SERIES", description = "Series id, e.g. pk.ict.exports.")
    String seriesId;

    @Option(names = "--from", paramLabel = "PERIOD", description = "First period to show, e.g. 2024-07 or FY2025.")
    String from;

    @Option(names = "--to", paramLabel = "PERIOD", description = "Last period to show, e.g. 2025-12.")
    String to;

    @Mixin
    AsOfOption asOfOption;

    @Mixin
    FormatOption.TableJsonOrCsv formatOption;

    @Option(
            names = "--transform",
            paramLabel = "CODE",
            description = "lin, chg, ch1, pch, pc1, pca, cch, cca, log, fytd, fytd_pc1, r12, r12_pc1 or share:<series>"
                    + " (monthly series).")
    String transform;

    @Option(
            names = "--aggregate",
            paramLabel = "TO",
            description = "quarter, year or fiscal_year: sums flows, averages rates, takes a stock's last month.")
    String aggregate;

    @Override
    public Integer call() {
        Series series = pulse.store().series(seriesId).orElseThrow(() -> NotFoundException.series(seriesId));
        if (transform != null || aggregate != null) {
            return computed(series);
        }
        List<Observation> values =
                select(series, Arguments.source(pulse.store(), asOfOption.asOf).currentObservations(seriesId));
        switch (formatOption.format) {
            case TABLE -> table(series, values, pulse.out());
            case JSON -> Json.print(ObservationJson.list(series, "observations", values), pulse.out());
            case CSV -> csv(series, values, pulse.out());
        }
        return 0;
    }

    private Integer computed(Series series) {
        if (transform != null && aggregate != null) {
            throw new IllegalArgumentException("--transform and --aggregate cannot be combined (expected one of them)");
        }
        SeriesTransforms transforms = SeriesTransforms.of(Arguments.source(pulse.store(), asOfOption.asOf));
        SeriesTransforms.Computation computation = transform != null
                ? transforms.transformed(seriesId, Transform.parse(transform))
                : transforms.aggregated(seriesId, Arguments.aggregationTarget(aggregate), null);
        List<Aggregation.Value> values = computation.values();
        String what = computation.what();
        String unit = computation.unit();
        Period first = from == null ? null : Period.parse(from, series.calendar());
        Period last = to == null ? null : Period.parse(to, series.calendar());
        List<Aggregation.Value> selected = values.stream()
                .filter(v -> first == null || !v.period().first().isBefore(first.first()))
                .filter(v -> last == null || !v.period().last().isAfter(last.last()))
                .toList();
        ComputedValues.print(seriesId, what, unit, selected, formatOption.format, pulse.out());
        return 0;
    }

    private List<Observation> select(Series series, List<Observation> values) {
        Period first = from == null ? null : Period.parse(from, series.calendar());
        Period last = to == null ? null : Period.parse(to, series.calendar());
        return values.stream()
                .filter(o -> first == null || !o.period().first().isBefore(first.first()))
                .filter(o -> last == null || !o.period().last().isAfter(last.last()))
                .toList();
    }

    private static void table(Series series, List<Observation> values, PrintWriter out) {
        out.printf("%s (%s), %s%n", series.title(), series.id(), series.unit());
        String row = "%-16s %12s  %-11s %7s  %-10s %s%n";
        out.printf(row, "PERIOD", "VALUE", "STATUS", "VINTAGE", "PUBLIC BY", "SOURCE");
        for (Observation o : values) {
            out.printf(
                    row,
                    o.period().code(),
                    o.value().toPlainString(),
                    o.status().code(),
                    o.vintage(),
                    o.publicBy() == null ? "" : o.publicBy(),
                    o.sources().isEmpty() ? "" : o.sources().get(0));
        }
        out.printf(
                "%d values%s%n",
                values.size(),
                values.isEmpty()
                        ? ""
                        : ", " + Numbers.amount(values.get(values.size() - 1).value(), series.unit()) + " latest");
    }

    private static void csv(Series series, List<Observation> values, PrintWriter out) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            new SeriesExport(series, values).write(ExportFormat.CSV, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.print(bytes.toString(StandardCharsets.UTF_8));
        out.flush();
    }
}
