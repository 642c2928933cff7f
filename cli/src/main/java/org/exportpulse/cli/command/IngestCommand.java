package org.exportpulse.cli.command;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.exportpulse.bundle.BundledData;
import org.exportpulse.cli.Pulse;
import org.exportpulse.formats.FileFormat;
import org.exportpulse.formats.IngestOptions;
import org.exportpulse.formats.Ingestion;
import org.exportpulse.formats.NamedInput;
import org.exportpulse.store.IngestReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code pulse ingest FILE... [--source] [--released] [--format] [--series]}: all files, or none. */
@Command(
        name = "ingest",
        description = "Store the values of FILEs in one transaction: all of them, or none. Formats: tidy CSV"
                + " (with its series.csv), SBP EasyData JSON or CSV, World Bank WDI CSV; detected unless --format.")
public final class IngestCommand implements Callable<Integer> {

    @ParentCommand
    Pulse pulse;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files to read.")
    List<Path> files;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            description = "tidy, tidy-series, easydata-json, easydata-csv or wdi.")
    String format;

    @Option(names = "--source", paramLabel = "TEXT", description = "Source (e.g. a URL) for rows that name none.")
    String source;

    @Option(
            names = "--released",
            paramLabel = "DATE",
            description = "Release date (YYYY-MM-DD) for rows that give no public-by date.")
    String released;

    @Option(
            names = "--series",
            paramLabel = "ID",
            description = "Series that EasyData rows go to (default: the series whose definition names their key).")
    String seriesId;

    @Override
    public Integer call() throws IOException {
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                throw new NoSuchFileException(file + " (no such file)");
            }
        }
        IngestOptions options = new IngestOptions(
                format == null ? null : FileFormat.parse(format),
                source,
                released == null ? null : Arguments.date("--released", released),
                seriesId,
                BundledData.wdiAggregates());
        IngestReport report;
        try (IngestProgress progress = new IngestProgress(pulse.err())) {
            List<NamedInput> inputs = files.stream().map(progress::track).toList();
            Ingestion.Streamed batch =
                    Ingestion.stream(inputs, options, pulse.store().allSeries());
            String description = files.stream().map(Path::toString).collect(Collectors.joining(", "));
            report = pulse.store().ingest(batch, description, pulse.clock().instant());
        }
        pulse.out()
                .printf(
                        "Ingested %d file%s: %d series created, %d updated; %d values added, %d unchanged.%n",
                        files.size(),
                        files.size() == 1 ? "" : "s",
                        report.seriesCreated(),
                        report.seriesUpdated(),
                        report.observationsAdded(),
                        report.observationsUnchanged());
        return 0;
    }
}
