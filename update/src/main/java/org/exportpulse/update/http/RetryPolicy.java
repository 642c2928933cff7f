package org.exportpulse.update.http;

import java.time.Duration;

/**
 * How a connector talks to a publisher.
 *
 * @param connectTimeout time to open a connection
 * @param requestTimeout time for a whole answer
 * @param attempts tries per request (1 = no retry); retried are time-outs, failed connections,
 *     HTTP 429 and 5xx
 * @param firstBackoff wait before the second try; each later wait doubles
 * @param longestWait the longest wait accepted, including a server's {@code Retry-After}: a longer
 *     one ends the run as rate-limited instead of waiting
 */
public record RetryPolicy(
        Duration connectTimeout, Duration requestTimeout, int attempts, Duration firstBackoff, Duration longestWait) {

    /** 10 s to connect, 60 s per answer, 4 tries waiting 2, 4 and 8 s, waits of at most 2 minutes. */
    public static final RetryPolicy STANDARD = new RetryPolicy(
            Duration.ofSeconds(10), Duration.ofSeconds(60), 4, Duration.ofSeconds(2), Duration.ofMinutes(2));

    public RetryPolicy {
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be at least 1, not " + attempts);
        }
    }

    /** The wait before try {@code next} (2 for the first retry). */
    Duration backoffBefore(int next) {
        return firstBackoff.multipliedBy(1L << Math.min(20, next - 2));
    }
}
