package org.exportpulse.update;

/**
 * A publisher's service could not be used: nothing from it is stored. The message names the
 * source, the request (keys hidden) and what was expected.
 */
public class SourceFailure extends RuntimeException {

    /** What went wrong, one class per way a publisher's service fails. */
    public enum Kind {
        /** No API key, or another setting the source needs, was given. */
        NOT_CONFIGURED,
        /** The publisher refused the key (HTTP 401 or 403). */
        BAD_KEY,
        /** The publisher's rate limit, or ours for it, was reached (HTTP 429, or the request budget). */
        RATE_LIMITED,
        /** HTTP 404: the series or dataset is not (or no longer) there. */
        NOT_FOUND,
        /** HTTP 5xx after every retry. */
        SERVER_ERROR,
        /** No answer (connection refused, time-out) after every retry. */
        UNREACHABLE,
        /** An answer, but not in the documented shape, or an error message in place of data. */
        BAD_RESPONSE
    }

    private final String source;
    private final Kind kind;

    public SourceFailure(String source, Kind kind, String message) {
        super(source + ": " + message);
        this.source = source;
        this.kind = kind;
    }

    public SourceFailure(String source, Kind kind, String message, Throwable cause) {
        super(source + ": " + message, cause);
        this.source = source;
        this.kind = kind;
    }

    /** The name of the source, e.g. {@code sbp}. */
    public String source() {
        return source;
    }

    public Kind kind() {
        return kind;
    }
}
