package org.exportpulse.cli.command;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

/** Ends CSV output: the writer's buffer is flushed through to the command's output. */
final class CsvOutput {

    private CsvOutput() {}

    static void finish(CsvWriter csv, PrintWriter out) {
        try {
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.flush();
    }
}
