package org.exportpulse.server;

/**
 * The server cannot answer now but may soon: sent as 503 with {@code Retry-After} (whole seconds).
 */
final class ServerBusyException extends RuntimeException {

    private final int retryAfterSeconds;

    ServerBusyException(String message, int retryAfterSeconds) {
        super(message);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** Seconds the client should wait before trying again, at least 1. */
    int retryAfterSeconds() {
        return Math.max(1, retryAfterSeconds);
    }
}
