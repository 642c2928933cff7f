package org.exportpulse.store.jdbc;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import org.exportpulse.core.series.PublicByBasis;
import org.exportpulse.core.series.Series;
import org.exportpulse.formats.Batch;
import org.exportpulse.formats.IncomingObservation;
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
    private final Map<String, Map<String, NavigableMap<Integer, BigDecimal>>> stored = new HashMap<>();
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
        int created = 0;
        int updated = 0;
        for (Series s : batch.series()) {
            Optional<Series> stored = handle.select(
                            "SELECT " + SeriesRows.COLUMNS + " FROM series WHERE id = ?", s.id())
                    .map(SeriesRows::map)
                    .findOne();
            if (stored.isEmpty()) {
                handle.createUpdate("INSERT INTO series (" + SeriesRows.COLUMNS + ") VALUES (:id, :title, :unit,"
                                + " :frequency, :kind, :fiscal_year_start, :publisher, :definition, :share_of)")
                        .bindMap(SeriesRows.bindings(s))
                        .execute();
                created++;
            } else if (!stored.get().equals(s)) {
                handle.createUpdate(
                                "UPDATE series SET title = :title, unit = :unit, frequency = :frequency, kind = :kind,"
                                        + " fiscal_year_start = :fiscal_year_start, publisher = :publisher,"
                                        + " definition = :definition, share_of = :share_of WHERE id = :id")
                        .bindMap(SeriesRows.bindings(s))
                        .execute();
                updated++;
            }
        }
        long ingestId = handle.createUpdate("INSERT INTO ingest (started_at, description) VALUES (?, ?)")
                .bind(0, at.atOffset(ZoneOffset.UTC))
                .bind(1, label(description))
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class)
                .one();
        try (ObservationInserts inserts = new ObservationInserts(
                handle.getConnection(), ingestId, at.atOffset(ZoneOffset.UTC).toLocalDate())) {
            for (IncomingObservation o : batch.observations()) {
                Integer vintage = vintageFor(o);
                if (vintage != null) {
                    inserts.add(o, vintage);
                    added.add(addedVintage(o, vintage));
                } else {
                    unchanged++;
                }
            }
            problems.throwIfAny();
            inserts.flush();
        } catch (SQLException e) {
            throw new StoreException("cannot store the observations: " + e.getMessage(), e);
        }
        if (created + updated + added.size() == 0) {
            // nothing changed: leave no trace of the ingest
            handle.createUpdate("DELETE FROM ingest WHERE id = ?")
                    .bind(0, ingestId)
                    .execute();
        }
        return new IngestReport(created, updated, added.size(), unchanged, added);
    }

    /** The vintage to store {@code o} under, or {@code null} when it adds nothing. */
    private Integer vintageFor(IncomingObservation o) {
        if (ObservationRows.scaleOf(o.value()) > MAX_DECIMALS) {
            problems.add(
                    o.file(),
                    o.line(),
                    "value",
                    o.value().toPlainString() + " has more than " + MAX_DECIMALS + " decimals (expected at most "
                            + MAX_DECIMALS + ")");
            return null;
        }
        NavigableMap<Integer, BigDecimal> vintages =
                storedVintages(o.seriesId()).computeIfAbsent(o.period().code(), p -> new TreeMap<>());
        if (o.vintage() != null) {
            BigDecimal stored = vintages.get(o.vintage());
            if (stored != null && stored.compareTo(o.value()) != 0) {
                problems.add(
                        o.file(),
                        o.line(),
                        "value",
                        o.seriesId() + " " + o.period().code() + " vintage "
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

    private AddedVintage addedVintage(IncomingObservation o, int vintage) {
        NavigableMap<Integer, BigDecimal> vintages =
                storedVintages(o.seriesId()).get(o.period().code());
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

    /** Every stored vintage of a series, by period, read once per batch. */
    private Map<String, NavigableMap<Integer, BigDecimal>> storedVintages(String seriesId) {
        return stored.computeIfAbsent(seriesId, id -> {
            Map<String, NavigableMap<Integer, BigDecimal>> byPeriod = new HashMap<>();
            handle.createQuery("SELECT period, vintage, amount, amount_scale FROM observation WHERE series_id = :s")
                    .bind("s", id)
                    .map((rs, ctx) -> {
                        byPeriod.computeIfAbsent(rs.getString("period"), p -> new TreeMap<>())
                                .put(
                                        rs.getInt("vintage"),
                                        rs.getBigDecimal("amount")
                                                .setScale(rs.getInt("amount_scale"), RoundingMode.UNNECESSARY));
                        return null;
                    })
                    .list();
            return byPeriod;
        });
    }
}
