package org.exportpulse.server;

import java.time.Duration;

/**
 * Bounds on claim checks over HTTP ({@code POST /api/check} and the {@code /check} form), so that
 * checks cannot take the read API down: at most {@code concurrent} checks run at once, at most
 * {@code queued} more wait (the rest get 503 with {@code Retry-After} at once), each answer must be
 * ready within {@code budget} of its arrival (queueing included) or the check is stopped and the
 * request gets 503, and a body over {@code maxBodyBytes} gets 413.
 *
 * @param concurrent checks running at once, at least 1
 * @param queued checks waiting for a free checker, at least 0
 * @param budget time from a check's arrival to its answer, positive
 * @param maxBodyBytes largest article accepted, in bytes of UTF-8 (or of the form or JSON body)
 */
public record CheckLimits(int concurrent, int queued, Duration budget, long maxBodyBytes) {

    /** The default largest article: 256 KiB, about 40,000 words (a long report, not a book). */
    public static final long DEFAULT_MAX_BODY_BYTES = 256L * 1024;

    /** The default time budget of one check. */
    public static final Duration DEFAULT_BUDGET = Duration.ofSeconds(20);

    /** The default number of checks that may wait. */
    public static final int DEFAULT_QUEUED = 8;

    public CheckLimits {
        if (concurrent < 1 || queued < 0 || budget.isNegative() || budget.isZero() || maxBodyBytes < 1) {
            throw new IllegalArgumentException("check limits out of range: " + concurrent + " concurrent, " + queued
                    + " queued, budget " + budget + ", " + maxBodyBytes + " bytes");
        }
    }

    /**
     * The defaults: one check per processor but one (so a processor stays free for reads; at least
     * one check), {@value #DEFAULT_QUEUED} waiting, a 20-second budget and 256 KiB articles.
     */
    public static CheckLimits defaults() {
        int processors = Runtime.getRuntime().availableProcessors();
        return new CheckLimits(Math.max(1, processors - 1), DEFAULT_QUEUED, DEFAULT_BUDGET, DEFAULT_MAX_BODY_BYTES);
    }
}
