package org.exportpulse.cli.command;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.exportpulse.brief.BriefFiles;
import org.exportpulse.brief.BriefFormat;
import org.exportpulse.brief.compose.Brief;
import org.exportpulse.brief.compose.BriefKernel;
import org.exportpulse.brief.compose.BriefSpec;
import org.exportpulse.cli.Pulse;
import org.exportpulse.core.series.ObservationSource;
import org.exportpulse.store.SeriesStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code pulse brief [SERIES] [--period 2025-12] [--format md|html|pdf] [-o FILE]}. */
@Command(
        name = "brief",
        description = "Write the monthly brief: headline, fiscal year so far, trend, composition, weight in exports,"
                + " peers, data notes and questions answered from the data, with charts; every number footnoted"
                + " with its series, period, release and source.")
public final class BriefCommand implements Callable<Integer> {

    @ParentCommand
    Pulse pulse;

    @Parameters(
            index = "0",
            arity = "0..1",
            paramLabel = "SERIES",
            defaultValue = "pk.ict.exports",
            description = "Monthly series id (default: ${DEFAULT-VALUE}).")
    String seriesId;

    @Option(
            names = "--period",
            paramLabel = "MONTH",
            description = "Month, e.g. 2025-12 (default: latest with a value).")
    String period;

    @Option(names = "--format", defaultValue = "md", description = "md, html or pdf (default: ${DEFAULT-VALUE}).")
    BriefFormat format;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            description = "File to write (default: brief-SERIES-PERIOD.EXT in the current folder); Markdown writes its"
                    + " charts beside it.")
    Path output;

    @Override
    public Integer call() throws IOException {
        SeriesStore store = pulse.store();
        BriefSpec spec = pulse.presets().forSeries(seriesId, period == null ? null : Arguments.month(period));
        ObservationSource source = Arguments.source(store, null);
        BriefKernel kernel = BriefKernel.of(source, store::vintages, store.allSeries(), pulse.engines());
        Brief brief = Arguments.freshness(source, seriesId, LocalDate.now(pulse.clock()))
                .map(kernel::withFreshness)
                .orElse(kernel)
                .compute(spec);
        Path file =
                output != null ? output : Path.of("brief-" + seriesId + "-" + brief.month() + "." + format.extension());
        List<Path> written = BriefFiles.write(brief, format, file);
        pulse.out()
                .println("Wrote " + file
                        + (written.size() > 1 ? " and " + (written.size() - 1) + " chart files beside it" : "") + " ("
                        + brief.numbers().size() + " numbers, each with its sources).");
        pulse.out().flush();
        return 0;
    }
}
