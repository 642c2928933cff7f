package org.exportpulse.store;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import org.exportpulse.core.series.Observation;
import org.exportpulse.core.series.ObservationSource;
import org.exportpulse.core.series.Series;
import org.exportpulse.core.time.Period;
import org.exportpulse.core.transform.MonthlyColumn;
import org.exportpulse.formats.Batch;

/**
 * Series and every vintage of their observations. Reads give current vintages unless they say
 * otherwise; writes are whole batches in one transaction.
 */
public interface SeriesStore extends ObservationSource, AutoCloseable {

    /** When the store last changed: the time of its latest ingest; empty for a store never written. */
    Optional<Instant> lastChanged();

    /** Every series, ordered by id. */
    List<Series> allSeries();

    /**
     * The store as it stood on {@code date}: per period, the highest vintage whose public-by date is
     * on or before {@code date}; a period none of whose vintages was public by then has no value.
     */
    ObservationSource asOf(LocalDate date);

    /** Every stored vintage of one period's value, oldest first; empty when there is none. */
    List<Observation> vintages(String seriesId, Period period);

    /**
     * Every stored vintage of every period of a series, by period (in time order) and then oldest
     * vintage first; empty for an unknown series or one without values. Derived months are not
     * stored, so they are not among them.
     */
    List<Observation> allVintages(String seriesId);

    /**
     * The monthly values of every series in one read of the store, for transforms in bulk: {@code
     * each} is called once per series that has a monthly value, in order of series id, with a
     * column from its first to its last month ({@code NaN} for a month without a value). Quarters
     * and years are left out; derived months are not stored, so they are not among them. No object
     * is made per value.
     *
     * @param asOf empty for the current values; a date for the values as {@link #asOf} gives them
     *     (per month, the highest vintage public by that date)
     */
    void forEachMonthlyColumn(Optional<LocalDate> asOf, BiConsumer<String, MonthlyColumn> each);

    /** {@link SeriesFacts} of every series with at least one stored value, by id, in one read. */
    Map<String, SeriesFacts> facts();

    /**
     * Vintages whose public-by date is on or after {@code since}, newest first (then by series and
     * period), at most {@code limit} of them: the values published and revised since a day.
     */
    List<PublishedVintage> publishedSince(LocalDate since, int limit);

    /**
     * Stores a batch in one transaction: all of it, or nothing.
     *
     * <p>An observation with a vintage is keyed by (series, period, vintage): an identical value
     * adds nothing; a different value under an existing key is a conflict. Without a vintage, a
     * value equal to the current one adds nothing and a different one adds the next vintage. A
     * value without a public-by date gets the ingest time, basis {@code ingested}.
     *
     * @param description what was ingested (file names), kept with the ingest
     * @param at the time of the ingest
     * @throws org.exportpulse.formats.IngestException on a conflict; the store is unchanged
     */
    IngestReport ingest(Batch batch, String description, Instant at);

    /**
     * Stores a streamed ingest as {@link #ingest(Batch, String, Instant)} does, in one
     * transaction, in memory that does not grow with the number of observations: the feed is run
     * once, each observation written as it comes. Within one file a repeated key with the same value
     * is dropped and with another value is a conflict, as the readers report for a whole batch. The
     * report counts every vintage added but lists only the first {@code 10,000}.
     *
     * @throws org.exportpulse.formats.IngestException with every problem of the files and of the
     *     store (the first 50 and a count); the store is unchanged
     * @throws IOException when a file cannot be read; the store is unchanged
     */
    IngestReport ingest(org.exportpulse.formats.Ingestion.Streamed batch, String description, Instant at)
            throws java.io.IOException;

    /**
     * What {@link #ingest} would store, without storing it: the same checks and the same report,
     * inside a transaction that is rolled back.
     *
     * @throws org.exportpulse.formats.IngestException on a conflict
     */
    IngestReport preview(Batch batch, String description, Instant at);

    /**
     * Stores {@code bundle} if and only if the store holds no series, under a store-wide lock so
     * that concurrent first uses load it once.
     *
     * @return the report when this call loaded it, {@code null} when the store already had data
     */
    IngestReport loadIfEmpty(Supplier<Batch> bundle, String description, Instant at);

    /**
     * Claims the scheduled update for this instance: true, and the claim recorded, when no instance
     * sharing the store claimed it in the {@code every} before {@code now}; false otherwise. Atomic
     * across instances, so several servers on one database update once per interval.
     */
    boolean claimUpdate(Instant now, Duration every);

    @Override
    void close();
}
