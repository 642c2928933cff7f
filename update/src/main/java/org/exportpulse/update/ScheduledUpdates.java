package org.exportpulse.update;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.exportpulse.store.IngestReport;
import org.exportpulse.store.SeriesStore;

/**
 * {@code pulse serve --update-every}: an update in the background, first at start and then every
 * interval, on one daemon thread. Before each, the instance claims the update in the store, so
 * several servers on one database update once per interval, not once each. A failed update stores
 * nothing and is logged; the next one runs as planned.
 */
public final class ScheduledUpdates implements AutoCloseable {

    private final SeriesStore store;
    private final List<Source> sources;
    private final Duration every;
    private final Clock clock;
    private final Consumer<String> log;
    private final Consumer<IngestReport> stored;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "pulse-update");
        t.setDaemon(true);
        return t;
    });

    private ScheduledUpdates(
            SeriesStore store,
            List<Source> sources,
            Duration every,
            Clock clock,
            Consumer<String> log,
            Consumer<IngestReport> stored) {
        this.store = store;
        this.stored = stored;
        this.sources = List.copyOf(sources);
        this.every = every;
        this.clock = clock;
        this.log = log;
    }

    /**
     * A schedule that has not started; {@link #start()} starts it, {@link #tick()} runs one turn.
     *
     * @param log receives one line per turn
     */
    public static ScheduledUpdates of(
            SeriesStore store, List<Source> sources, Duration every, Clock clock, Consumer<String> log) {
        return of(store, sources, every, clock, log, report -> {});
    }

    /**
     * The same, telling {@code stored} of each update that stored something (to announce it, e.g.
     * by webhooks); it must not block.
     */
    public static ScheduledUpdates of(
            SeriesStore store,
            List<Source> sources,
            Duration every,
            Clock clock,
            Consumer<String> log,
            Consumer<IngestReport> stored) {
        if (every.compareTo(Duration.ofMinutes(1)) < 0) {
            throw new IllegalArgumentException(
                    "an update interval of " + every + " is too short (expected at least 1m)");
        }
        return new ScheduledUpdates(store, sources, every, clock, log, stored);
    }

    /** Runs a turn now and then every interval. */
    public ScheduledUpdates start() {
        timer.scheduleWithFixedDelay(this::tick, 0, every.toSeconds(), TimeUnit.SECONDS);
        return this;
    }

    /**
     * One turn: claims the update and runs it, or leaves it to the instance that claimed it.
     *
     * @return whether this instance ran it (successfully or not)
     */
    public boolean tick() {
        Instant now = clock.instant();
        String names = sources.stream().map(Source::name).collect(Collectors.joining(", "));
        try {
            if (!store.claimUpdate(now, every)) {
                log.accept("update from " + names + " skipped: another instance updated less than " + every + " ago");
                return false;
            }
            IngestReport report = Updater.run(sources, store, null, false, now).report();
            log.accept("updated from " + names + ": "
                    + (report.added().size() - report.revisions().size())
                    + " new values, " + report.revisions().size() + " revisions, " + report.seriesCreated()
                    + " series created");
            if (!report.added().isEmpty()) {
                stored.accept(report);
            }
        } catch (UpdateFailed e) {
            log.accept("update failed, nothing stored: " + e.getMessage().replace('\n', ' '));
        } catch (RuntimeException e) {
            log.accept("update failed, nothing stored: " + e);
        }
        return true;
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
