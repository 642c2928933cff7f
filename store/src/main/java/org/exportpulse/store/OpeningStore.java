package org.exportpulse.store;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import org.exportpulse.core.series.Observation;
import org.exportpulse.core.series.ObservationSource;
import org.exportpulse.core.series.Series;
import org.exportpulse.core.time.Period;
import org.exportpulse.core.transform.MonthlyColumn;
import org.exportpulse.formats.Batch;

/**
 * A store still being opened on a thread of its own, so that a caller can do other start-up work
 * (a server binds its port) meanwhile. Every call waits until the store is open; when opening
 * failed, every call throws what opening threw.
 */
public final class OpeningStore implements SeriesStore {

    private final CompletableFuture<SeriesStore> opening;

    private OpeningStore(CompletableFuture<SeriesStore> opening) {
        this.opening = opening;
    }

    /** Starts {@code open} on a new thread and returns at once. */
    public static OpeningStore start(Supplier<SeriesStore> open) {
        CompletableFuture<SeriesStore> opening = new CompletableFuture<>();
        Thread thread = new Thread(
                () -> {
                    try {
                        opening.complete(open.get());
                    } catch (Throwable e) {
                        opening.completeExceptionally(e);
                    }
                },
                "pulse-store-open");
        thread.setDaemon(true);
        thread.start();
        return new OpeningStore(opening);
    }

    /**
     * The open store, waiting for it when needed.
     *
     * @throws RuntimeException or {@link Error} that opening threw (a {@link StoreException} when the
     *     database cannot be reached)
     */
    public SeriesStore await() {
        try {
            return opening.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new StoreException("cannot open the store: " + e.getCause(), e.getCause());
        }
    }

    @Override
    public Optional<Series> series(String id) {
        return await().series(id);
    }

    @Override
    public List<Observation> currentObservations(String seriesId) {
        return await().currentObservations(seriesId);
    }

    @Override
    public Optional<Instant> lastChanged() {
        return await().lastChanged();
    }

    @Override
    public List<Series> allSeries() {
        return await().allSeries();
    }

    @Override
    public ObservationSource asOf(LocalDate date) {
        return await().asOf(date);
    }

    @Override
    public List<Observation> vintages(String seriesId, Period period) {
        return await().vintages(seriesId, period);
    }

    @Override
    public List<Observation> allVintages(String seriesId) {
        return await().allVintages(seriesId);
    }

    @Override
    public void forEachMonthlyColumn(Optional<LocalDate> asOf, BiConsumer<String, MonthlyColumn> each) {
        await().forEachMonthlyColumn(asOf, each);
    }

    @Override
    public Map<String, SeriesFacts> facts() {
        return await().facts();
    }

    @Override
    public IngestReport ingest(Batch batch, String description, Instant at) {
        return await().ingest(batch, description, at);
    }

    @Override
    public List<PublishedVintage> publishedSince(LocalDate since, int limit) {
        return await().publishedSince(since, limit);
    }

    @Override
    public boolean claimUpdate(Instant now, Duration every) {
        return await().claimUpdate(now, every);
    }

    @Override
    public IngestReport ingest(org.exportpulse.formats.Ingestion.Streamed batch, String description, Instant at)
            throws java.io.IOException {
        return await().ingest(batch, description, at);
    }

    @Override
    public IngestReport preview(Batch batch, String description, Instant at) {
        return await().preview(batch, description, at);
    }

    @Override
    public IngestReport loadIfEmpty(Supplier<Batch> bundle, String description, Instant at) {
        return await().loadIfEmpty(bundle, description, at);
    }

    /** Closes the store once it is open; nothing to close when opening failed. */
    @Override
    public void close() {
        if (!opening.isCompletedExceptionally()) {
            await().close();
        }
    }
}
