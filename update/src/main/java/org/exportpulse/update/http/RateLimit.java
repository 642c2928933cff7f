package org.exportpulse.update.http;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A publisher's request budget (SBP EasyData: 250 an hour and 2,000 a day per key), counted for
 * the requests this process makes. A request that would exceed it is refused rather than delayed:
 * waiting out an hour is the scheduler's job, not a command's.
 */
public final class RateLimit {

    /** No limit. */
    public static final RateLimit NONE = new RateLimit(Integer.MAX_VALUE, Integer.MAX_VALUE, Clock.systemUTC());

    private static final Duration HOUR = Duration.ofHours(1);
    private static final Duration DAY = Duration.ofDays(1);

    private final int perHour;
    private final int perDay;
    private final Clock clock;
    private final Deque<Instant> made = new ArrayDeque<>();

    public RateLimit(int perHour, int perDay, Clock clock) {
        this.perHour = perHour;
        this.perDay = perDay;
        this.clock = clock;
    }

    /**
     * Counts one request.
     *
     * @return {@code null} when it is within the budget, else why not (e.g. "250 requests an hour")
     */
    synchronized String take() {
        Instant now = clock.instant();
        while (!made.isEmpty() && !made.peekFirst().isAfter(now.minus(DAY))) {
            made.removeFirst();
        }
        long lastHour = made.stream().filter(t -> t.isAfter(now.minus(HOUR))).count();
        if (lastHour >= perHour) {
            return perHour + " requests an hour";
        }
        if (made.size() >= perDay) {
            return perDay + " requests a day";
        }
        made.addLast(now);
        return null;
    }
}
