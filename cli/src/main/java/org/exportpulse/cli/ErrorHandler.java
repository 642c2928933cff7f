package org.exportpulse.cli;

import java.io.FileNotFoundException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import org.exportpulse.core.series.NotFoundException;
import org.exportpulse.formats.IngestException;
import org.exportpulse.update.UpdateFailed;
import picocli.CommandLine;

/** Turns what a command throws into a message on stderr and a documented exit code. */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler, CommandLine.IParameterExceptionHandler {

    private final PrintWriter err;
    private final boolean debug;

    ErrorHandler(PrintWriter err, boolean debug) {
        this.err = err;
        this.debug = debug;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine cmd, CommandLine.ParseResult parseResult) {
        int code = exitCode(e);
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (e instanceof NotFoundException nf && nf.what() == NotFoundException.What.SERIES) {
            message += " (see 'pulse series' for the known ids)";
        }
        err.println((code == ExitCodes.FAILURE ? "pulse: unexpected failure: " : "pulse: ") + message);
        if (debug) {
            e.printStackTrace(err);
        } else if (code == ExitCodes.FAILURE) {
            err.println("pulse: run again with --debug for the stack trace");
        }
        err.flush();
        return code;
    }

    @Override
    public int handleParseException(CommandLine.ParameterException e, String[] args) {
        err.println("pulse: " + e.getMessage());
        err.println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help' for usage.");
        err.flush();
        return ExitCodes.BAD_INPUT;
    }

    static int exitCode(Exception e) {
        if (e instanceof NotFoundException || e instanceof NoSuchFileException || e instanceof FileNotFoundException) {
            return ExitCodes.NOT_FOUND;
        }
        if (e instanceof UpdateFailed) {
            return ExitCodes.SOURCE_FAILED;
        }
        if (e instanceof IngestException || e instanceof IllegalArgumentException) {
            return ExitCodes.BAD_INPUT;
        }
        return ExitCodes.FAILURE;
    }
}
