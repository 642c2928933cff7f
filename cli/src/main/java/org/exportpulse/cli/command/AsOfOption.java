package org.exportpulse.cli.command;

import picocli.CommandLine.Option;

/** {@code --as-of DATE}, shared by the commands that read the store as it was on a date. */
final class AsOfOption {

    @Option(
            names = "--as-of",
            paramLabel = "DATE",
            description = "As published by DATE (YYYY-MM-DD): per period the latest vintage public by then.")
    String asOf;
}
