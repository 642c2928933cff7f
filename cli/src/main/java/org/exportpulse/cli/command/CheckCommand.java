package org.exportpulse.cli.command;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.exportpulse.bundle.BundledData;
import org.exportpulse.check.CheckReport;
import org.exportpulse.check.ClaimChecker;
import org.exportpulse.cli.OutputFormat;
import org.exportpulse.cli.Pulse;
import org.exportpulse.cli.render.CheckText;
import org.exportpulse.core.derive.DerivedMonthsSource;
import org.exportpulse.export.CheckHtml;
import org.exportpulse.export.CheckJson;
import org.exportpulse.formats.NamedInput;
import org.exportpulse.formats.csv.Utf8;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code pulse check FILE|- [--date DATE] [--format text|json|html]} and {@code pulse check --eval DIR}. */
@Command(
        name = "check",
        description = "Check the numbers in a news article against the data: each amount, change, share and record"
                + " claim gets a verdict (supported, approximate, contradicted, inconsistent, unverifiable) with the"
                + " right figure and the likely cause.")
public final class CheckCommand implements Callable<Integer> {

    /** Largest article accepted, in bytes. */
    public static final long MAX_BYTES = 10L * 1024 * 1024;

    @ParentCommand
    Pulse pulse;

    @Parameters(
            index = "0",
            arity = "0..1",
            paramLabel = "FILE",
            description = "UTF-8 text (or HTML pasted as text); - reads standard input.")
    String file;

    @Option(
            names = "--date",
            paramLabel = "DATE",
            description = "The article's date (YYYY-MM-DD); relative periods resolve against it (default: the first"
                    + " full date in the text, else the latest month of data).")
    String date;

    @Option(names = "--format", defaultValue = "text", description = "text, json or html (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Option(
            names = "--eval",
            paramLabel = "DIR",
            description = "Score the checker on a labelled set: DIR holds *.txt articles and labels.json.")
    Path evalDir;

    @Override
    public Integer call() throws IOException {
        ClaimChecker checker = checker();
        if (evalDir != null) {
            return new CheckEvaluation(checker, pulse.out()).run(evalDir);
        }
        if (file == null) {
            throw new IllegalArgumentException("pulse check needs a FILE, - for standard input, or --eval DIR");
        }
        LocalDate articleDate = date == null ? null : Arguments.date("--date", date);
        CheckReport report = checker.check(read(file), articleDate);
        switch (format) {
            case JSON -> Json.print(CheckJson.of(report), pulse.out());
            case HTML -> pulse.out().println(CheckHtml.page(report));
            case TEXT -> CheckText.print(report, pulse.out());
            default -> throw new IllegalArgumentException("check writes text, json or html, not " + format);
        }
        pulse.out().flush();
        return 0;
    }

    private ClaimChecker checker() {
        return ClaimChecker.of(
                DerivedMonthsSource.over(pulse.store()), pulse.store()::vintages, BundledData.subjectLexicon());
    }

    /** The article as text: strict UTF-8, at most {@link #MAX_BYTES}. */
    static String read(String file) throws IOException {
        if (file.equals("-")) {
            byte[] bytes = System.in.readNBytes((int) MAX_BYTES + 1);
            requireSize("standard input", bytes.length);
            return Utf8.decode(NamedInput.ofBytes("standard input", bytes));
        }
        Path path = Path.of(file);
        if (!Files.isRegularFile(path)) {
            throw new NoSuchFileException(file, null, "no such file");
        }
        requireSize(file, Files.size(path));
        return Utf8.decode(NamedInput.of(path));
    }

    private static void requireSize(String name, long bytes) {
        if (bytes > MAX_BYTES) {
            throw new IllegalArgumentException(name + ": " + bytes + " bytes is over the limit of " + MAX_BYTES
                    + " bytes (expected an article, not an archive)");
        }
    }
}
