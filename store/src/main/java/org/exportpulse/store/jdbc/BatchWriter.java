package org.exportpulse.store.jdbc;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import org.exportpulse.core.series.PublicByBasis;
import org.exportpulse.core.series.Series;
import org.exportpulse.formats.Batch;
import org.exportpulse.formats.IncomingObservation;
import org.exportpulse.formats.IngestException;
import org.exportpulse.formats.Problems;
import org.exportpulse.store.AddedVintage;
import org.exportpulse.store.IngestReport;
import org.exportpulse.store.StoreException;
import org.jdbi.v3.core.Handle;

/** Writes one batch inside a transaction the caller owns; throws, leaving it to roll back, on a conflict. */
final class BatchWriter {

    /** Decimals the {@code amount} column keeps. */
    static final int MAX_DECIMALS = 12;

    private final Handle handle;
    private final Instant at;
    private final Problems problems = new Problems();
    private final java.util.LinkedHashMap<String, Cached> cache = new java.util.LinkedHashMap<>(16, 0.75f, true);
    private int cachedPeriods;
    private final List<AddedVintage> added = new ArrayList<>();
    private int unchanged;

    BatchWriter(Handle handle, Instant at) {
        this.handle = handle;
        this.at = at;
    }

    /** Characters of an ingest's description the store keeps; a longer one is cut at its end. */
    static final int LONGEST_DESCRIPTION = 4000;

    /** {@code description} cut to what the {@code ingest} table holds (it names files; many files make it long). */
    static String label(String description) {
        if (description.length() <= LONGEST_DESCRIPTION) {
            return description;
        }
        String more = " … (" + description.length() + " characters)";
        return description.substring(0, LONGEST_DESCRIPTION - more.length()) + more;
    }

    IngestReport write(Batch batch, String description) {
        begin(batch.series(), description);
        try {
            batch.observations().forEach(this::add);
        } catch (RuntimeException e) {
            throw abandoned(e);
        }
        return finish();
    }

    /**
     * Writes a streamed ingest: the series, then each observation as the feed hands it on. Memory
     * stays bounded: stored vintages are cached for at most {@link #CACHED_PERIODS} periods (a
     * series read again from the transaction when it is needed after being dropped), and only the
     * first {@link #ADDED_KEPT} added vintages are listed in the report.
     *
     * @throws org.exportpulse.formats.IngestException with the feed's problems and the store's
     */
    IngestReport write(org.exportpulse.formats.Ingestion.Streamed batch, String description) throws IOException {
        keepAllAdded = false;
        begin(batch.series(), description);
        try {
            batch.observations().forEach(this::add);
        } catch (IngestException e) {
            problems.addAll(e);
        } catch (IOException e) {
            throw abandoned(e);
        } catch (RuntimeException e) {
            throw abandoned(e);
        }
        return finish();
    }

    /**
     * {@code e}, after the rows not yet sent are dropped and a running copy is cancelled, so that the
     * caller's transaction can roll back (a connection in the middle of a {@code COPY} takes no other
     * command).
     */
    private <E extends Exception> E abandoned(E e) {
        try {
            inserts.close();
        } catch (SQLException | RuntimeException closing) {
            e.addSuppressed(closing);
        }
        return e;
    }

    /** Periods of stored vintages kept in memory across series before the least recently used is dropped. */
    static final int CACHED_PERIODS = 20_000;

    /** Added vintages a streamed ingest lists in its report; all are counted. */
    static final int ADDED_KEPT = 10_000;

    private boolean keepAllAdded = true;
    private int addedCount;
    private long ingestId;
    private ObservationSink inserts;

    /**
     * Series this ingest created and still holds in its cache: it stored their every vintage, so
     * they need no read (and no flush) to be known.
     */
    private final Set<String> createdHere = new HashSet<>();

    private int created;
    private int updated;

    private void begin(List<Series> series, String description) {
        SeriesWrites.Written written = SeriesWrites.write(handle, series);
        created = written.created();
        updated = written.updated();
        createdHere.addAll(written.createdIds());
        ingestId = handle.createUpdate("INSERT INTO ingest (started_at, description) VALUES (?, ?)")
                .bind(0, at.atOffset(ZoneOffset.UTC))
                .bind(1, label(description))
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class)
                .one();
        try {
            inserts = ObservationSink.on(
                    handle.getConnection(),
                    ingestId,
                    at.atOffset(ZoneOffset.UTC).toLocalDate());
        } catch (SQLException e) {
            throw new StoreException("cannot store the observations: " + e.getMessage(), e);
        }
    }

    private void add(IncomingObservation o) {
        try {
            Integer vintage = vintageFor(o);
            if (vintage == null) {
                unchanged++;
                return;
            }
            if (vintage == REPEAT) {
                return;
            }
            inserts.add(o, vintage);
            addedCount++;
            if (keepAllAdded || added.size() < ADDED_KEPT) {
                added.add(addedVintage(o, vintage));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot store the observations: " + e.getMessage(), e);
        }
    }

    private IngestReport finish() {
        try (ObservationSink closing = inserts) {
            problems.throwIfAny();
            closing.flush();
        } catch (SQLException e) {
            throw new StoreException("cannot store the observations: " + e.getMessage(), e);
        }
        if (created + updated + addedCount == 0) {
            // nothing changed: leave no trace of the ingest
            handle.createUpdate("DELETE FROM ingest WHERE id = ?")
                    .bind(0, ingestId)
                    .execute();
        }
        return new IngestReport(created, updated, addedCount, unchanged, added);
    }

    /** What {@link #vintageFor} returns for a repeat, within one file, of a row already taken. */
    private static final int REPEAT = 0;

    /** Where this ingest wrote a key: the file and line, or {@code null} and 0 when read back. */
    private record Written(String file, long line) {}

    /** A series' stored vintages by period, and the keys (period, vintage) this ingest wrote. */
    private static final class Cached {
        private final Map<String, NavigableMap<Integer, BigDecimal>> byPeriod = new HashMap<>();
        private final Map<String, Written> written = new HashMap<>();
        /** The store holds no such series and this ingest does not create it. */
        private boolean unknown;
    }

    /**
     * The vintage to store {@code o} under; {@code null} when it adds nothing, {@link #REPEAT} when
     * it repeats a row of the same file (dropped, not counted).
     */
    private Integer vintageFor(IncomingObservation o) throws SQLException {
        if (ObservationRows.scaleOf(o.value()) > MAX_DECIMALS) {
            problems.add(
                    o.file(),
                    o.line(),
                    "value",
                    o.value().toPlainString() + " has more than " + MAX_DECIMALS + " decimals (expected at most "
                            + MAX_DECIMALS + ")");
            return null;
        }
        Cached series = cached(o.seriesId());
        if (series.unknown) {
            problems.add(
                    o.file(),
                    o.line(),
                    "series",
                    "unknown series '" + o.seriesId() + "' (expected a series of the store or of this ingest)");
            return null;
        }
        String period = o.period().code();
        NavigableMap<Integer, BigDecimal> vintages = series.byPeriod.get(period);
        if (vintages == null) {
            vintages = new TreeMap<>();
            series.byPeriod.put(period, vintages);
            cachedPeriods++;
        }
        String key = period + "|" + (o.vintage() == null ? "" : o.vintage());
        Written earlier = series.written.get(key);
        if (earlier != null && (earlier.file() == null || earlier.file().equals(o.file()))) {
            BigDecimal before = o.vintage() == null ? vintages.lastEntry().getValue() : vintages.get(o.vintage());
            if (before.compareTo(o.value()) != 0) {
                conflict(o, earlier, before);
            }
            return REPEAT;
        }
        series.written.put(key, new Written(o.file(), o.line()));
        if (o.vintage() != null) {
            BigDecimal stored = vintages.get(o.vintage());
            if (stored != null && stored.compareTo(o.value()) != 0) {
                problems.add(
                        o.file(),
                        o.line(),
                        "value",
                        o.seriesId() + " " + period + " vintage "
                                + o.vintage() + " is stored as "
                                + stored.stripTrailingZeros().toPlainString() + ", not "
                                + o.value().toPlainString() + " (expected the stored value, or a new vintage)");
            }
            if (stored != null) {
                return null;
            }
            vintages.put(o.vintage(), o.value());
            return o.vintage();
        }
        if (!vintages.isEmpty() && vintages.lastEntry().getValue().compareTo(o.value()) == 0) {
            return null;
        }
        int next = vintages.isEmpty() ? 1 : vintages.lastKey() + 1;
        vintages.put(next, o.value());
        return next;
    }

    /** Two rows of one file (or of this ingest, once its series was read back) give one key two values. */
    private void conflict(IncomingObservation o, Written earlier, BigDecimal before) {
        String vintage = o.vintage() == null ? "" : " vintage " + o.vintage();
        problems.add(
                o.file(),
                o.line(),
                "value",
                "conflicts with "
                        + (earlier.file() == null ? "an earlier line of this ingest" : "line " + earlier.line())
                        + ": " + o.seriesId() + " " + o.period().code() + vintage + " is "
                        + o.value().toPlainString()
                        + " here and " + before.stripTrailingZeros().toPlainString()
                        + " there (expected one value per series, period"
                        + (o.vintage() == null ? ")" : " and vintage)"));
    }

    private AddedVintage addedVintage(IncomingObservation o, int vintage) {
        NavigableMap<Integer, BigDecimal> vintages =
                cache.get(o.seriesId()).byPeriod.get(o.period().code());
        Map.Entry<Integer, BigDecimal> before = vintages.lowerEntry(vintage);
        boolean dated = o.publicBy() != null;
        return new AddedVintage(
                o.seriesId(),
                o.period(),
                vintage,
                o.value(),
                before == null ? null : before.getValue(),
                dated ? o.publicBy() : at.atOffset(ZoneOffset.UTC).toLocalDate(),
                dated ? o.publicByBasis() : PublicByBasis.INGESTED);
    }

    /**
     * A series' stored vintages, read once while it stays cached; the least recently used series
     * are dropped beyond {@link #CACHED_PERIODS} periods and read back from the transaction (this
     * ingest's rows included) when needed again.
     */
    private Cached cached(String seriesId) throws SQLException {
        Cached hit = cache.get(seriesId);
        if (hit != null) {
            return hit;
        }
        Cached read = new Cached();
        if (createdHere.contains(seriesId)) {
            return keep(seriesId, read); // created by this ingest and never dropped: nothing stored yet
        }
        inserts.flush(); // the rows this ingest wrote must be visible to the read below
        handle.createQuery("SELECT period, vintage, amount, amount_scale, ingest_id FROM observation"
                        + " WHERE series_id = :s")
                .bind("s", seriesId)
                .map((rs, ctx) -> {
                    String period = rs.getString("period");
                    int vintage = rs.getInt("vintage");
                    read.byPeriod
                            .computeIfAbsent(period, p -> new TreeMap<>())
                            .put(
                                    vintage,
                                    rs.getBigDecimal("amount")
                                            .setScale(rs.getInt("amount_scale"), RoundingMode.UNNECESSARY));
                    if (rs.getLong("ingest_id") == ingestId) {
                        read.written.put(period + "|", new Written(null, 0));
                        read.written.put(period + "|" + vintage, new Written(null, 0));
                    }
                    return null;
                })
                .list();
        read.unknown = read.byPeriod.isEmpty()
                && handle.createQuery("SELECT COUNT(*) FROM series WHERE id = :s")
                                .bind("s", seriesId)
                                .mapTo(Long.class)
                                .one()
                        == 0;
        return keep(seriesId, read);
    }

    /** Caches {@code read}, dropping the least recently used series beyond {@link #CACHED_PERIODS} periods. */
    private Cached keep(String seriesId, Cached read) {
        cache.put(seriesId, read);
        cachedPeriods += read.byPeriod.size();
        var eldest = cache.entrySet().iterator();
        while (cachedPeriods > CACHED_PERIODS && cache.size() > 1) {
            Map.Entry<String, Cached> e = eldest.next();
            if (!e.getKey().equals(seriesId)) {
                cachedPeriods -= e.getValue().byPeriod.size();
                createdHere.remove(e.getKey()); // its rows are in the transaction now: read them back
                eldest.remove();
            }
        }
        return read;
    }
}
