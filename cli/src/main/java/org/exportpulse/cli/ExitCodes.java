package org.exportpulse.cli;

/** The exit codes of {@code pulse}, as documented in the README and docs/contracts.md. */
public final class ExitCodes {

    /** Success. */
    public static final int OK = 0;
    /** An unexpected failure; a one-line message (a stack trace only with {@code --debug}). */
    public static final int FAILURE = 1;
    /** Bad input or usage; the message names the file, line and field where there is one. */
    public static final int BAD_INPUT = 2;
    /** An unknown series, period or file. */
    public static final int NOT_FOUND = 3;
    /** A publisher's service failed or refused ({@code pulse update}); nothing was stored. */
    public static final int SOURCE_FAILED = 4;

    private ExitCodes() {}
}
