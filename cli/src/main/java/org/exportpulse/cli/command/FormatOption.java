package org.exportpulse.cli.command;

import org.exportpulse.cli.OutputFormat;
import picocli.CommandLine.Option;

/** The {@code --format} options commands share, as picocli mixins. */
final class FormatOption {

    private FormatOption() {}

    /** {@code --format table|json}: a table for people, or the documented JSON. */
    static final class TableOrJson {
        @Option(names = "--format", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE}).")
        OutputFormat format;
    }

    /** {@code --format table|json|csv}: a table for people, the documented JSON, or CSV. */
    static final class TableJsonOrCsv {
        @Option(
                names = "--format",
                defaultValue = "table",
                description = "table, json or csv (default: ${DEFAULT-VALUE}).")
        OutputFormat format;
    }
}
