package org.exportpulse.cli.command;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.Callable;
import org.exportpulse.cli.Pulse;
import org.exportpulse.core.series.NotFoundException;
import org.exportpulse.core.series.Observation;
import org.exportpulse.core.series.Series;
import org.exportpulse.core.time.Period;
import org.exportpulse.export.ExportFormat;
import org.exportpulse.export.SeriesExport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code pulse export SERIES --format csv|xlsx|json -o FILE [--from] [--to] [--as-of]}. */
@Command(
        name = "export",
        description =
                "Write a series to a CSV, XLSX or JSON file: every value with unit, status, vintage, public-by"
                        + " date, sources and, for derived months, the arithmetic. Text cells are safe to open in a spreadsheet.")
public final class ExportCommand implements Callable<Integer> {

    @ParentCommand
    Pulse pulse;

    @Parameters(index = "0", paramLabel = "SERIES", description = "Series id, e.g. pk.ict.exports.")
    String seriesId;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            description = "csv, xlsx or json (default: from the file's extension).")
    String format;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            required = true,
            description = "File to write (replaced if it exists).")
    Path output;

    @Option(names = "--from", paramLabel = "PERIOD", description = "First period, e.g. 2024-07 or FY2025.")
    String from;

    @Option(names = "--to", paramLabel = "PERIOD", description = "Last period, e.g. 2025-12.")
    String to;

    @Mixin
    AsOfOption asOfOption;

    @Override
    public Integer call() throws IOException {
        ExportFormat exportFormat = format != null ? ExportFormat.parse(format) : fromExtension(output);
        Series series = pulse.store().series(seriesId).orElseThrow(() -> NotFoundException.series(seriesId));
        List<Observation> values =
                Arguments.source(pulse.store(), asOfOption.asOf).currentObservations(seriesId).stream()
                        .filter(o -> from == null
                                || !o.period()
                                        .first()
                                        .isBefore(Period.parse(from, series.calendar())
                                                .first()))
                        .filter(o -> to == null
                                || !o.period()
                                        .last()
                                        .isAfter(Period.parse(to, series.calendar())
                                                .last()))
                        .toList();
        Path parent = output.toAbsolutePath().getParent();
        Path partial = Files.createTempFile(parent, ".pulse-export", ".part");
        try (OutputStream out = Files.newOutputStream(partial)) {
            new SeriesExport(series, values).write(exportFormat, out);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        Files.move(partial, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        pulse.out()
                .printf(
                        "Wrote %d values of %s to %s (%s).%n",
                        values.size(), seriesId, output, exportFormat.extension());
        return 0;
    }

    private static ExportFormat fromExtension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        if (dot < 0) {
            throw new IllegalArgumentException("cannot tell the format of " + file + " (expected --format csv, xlsx or"
                    + " json, or a file name ending in one of them)");
        }
        return ExportFormat.parse(name.substring(dot + 1));
    }
}
