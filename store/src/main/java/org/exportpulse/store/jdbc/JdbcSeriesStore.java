package org.exportpulse.store.jdbc;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.exportpulse.core.series.Observation;
import org.exportpulse.core.series.ObservationSource;
import org.exportpulse.core.series.Series;
import org.exportpulse.core.time.Period;
import org.exportpulse.core.transform.MonthlyColumn;
import org.exportpulse.formats.Batch;
import org.exportpulse.store.IngestReport;
import org.exportpulse.store.PublishedVintage;
import org.exportpulse.store.SeriesFacts;
import org.exportpulse.store.SeriesStore;
import org.exportpulse.store.StoreException;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;

/**
 * The store on a JDBC database (H2 or PostgreSQL), its schema kept by Flyway migrations. Opening
 * migrates the schema to the latest version.
 */
public final class JdbcSeriesStore implements SeriesStore {

    private static final String CURRENT = "vintage = (SELECT MAX(i.vintage) FROM observation i"
            + " WHERE i.series_id = o.series_id AND i.period = o.period)";

    /** Per period, the highest vintage public by {@code :as_of}; periods with none drop out. */
    private static final String AS_OF =
            "o.public_by <= :as_of AND o.vintage = (SELECT MAX(i.vintage) FROM observation i"
                    + " WHERE i.series_id = o.series_id AND i.period = o.period AND i.public_by <= :as_of)";

    /**
     * The highest migration in {@code org/exportpulse/store/migration}. A database already at this
     * version opens without starting Flyway (a third of a second of every start); any other runs the
     * migrations.
     */
    static final int SCHEMA_VERSION = 5;

    private final Jdbi jdbi;
    private final Connection keepAlive;
    private final DataSource dataSource;

    private JdbcSeriesStore(Jdbi jdbi, Connection keepAlive, DataSource dataSource) {
        this.jdbi = jdbi;
        this.keepAlive = keepAlive;
        this.dataSource = dataSource;
    }

    /**
     * Opens the store on {@code dataSource}, creating or migrating its schema. One connection is
     * held open until {@link #close()} (an embedded H2 database lives as long as a connection does);
     * a data source that is {@link AutoCloseable} (a pool) is closed with the store.
     *
     * @throws StoreException when the database cannot be reached or migrated
     */
    public static JdbcSeriesStore open(DataSource dataSource) {
        try {
            Connection keepAlive = dataSource.getConnection();
            migrate(dataSource, keepAlive);
            return new JdbcSeriesStore(Jdbi.create(dataSource), keepAlive, dataSource);
        } catch (SQLException | org.flywaydb.core.api.FlywayException e) {
            throw new StoreException("cannot open the store: " + e.getMessage(), e);
        }
    }

    /**
     * Held while migrating: stores opened at once in one process (a server's instances, a test's)
     * migrate one after the other. Without it two could both run the first migration on a new H2
     * database, whose DDL is not transactional: the loser's half-done migration is recorded as
     * failed and no later open validates.
     */
    private static final Object MIGRATING = new Object();

    /** Tries of a migration that collides with another process migrating the same new database. */
    private static final int MIGRATION_TRIES = 3;

    /**
     * Brings the schema to {@link #SCHEMA_VERSION}, one store of this process at a time. Two processes
     * opening one new database at once may both start migrating; the one that loses gets a key
     * violation in Flyway's history, finds the schema done by the other, or tries again.
     */
    private static void migrate(DataSource dataSource, Connection c) {
        synchronized (MIGRATING) {
            migrateUnlocked(dataSource, c);
        }
    }

    private static void migrateUnlocked(DataSource dataSource, Connection c) {
        for (int attempt = 1; schemaVersion(c) != SCHEMA_VERSION; attempt++) {
            try {
                Flyway.configure()
                        .dataSource(dataSource)
                        .locations("classpath:org/exportpulse/store/migration")
                        .load()
                        .migrate();
            } catch (org.flywaydb.core.api.FlywayException e) {
                if (attempt >= MIGRATION_TRIES) {
                    throw e;
                }
                pause(100L * attempt);
            }
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while opening the store", e);
        }
    }

    /** The highest successful migration recorded in the database; 0 when there is none or no table. */
    static int schemaVersion(Connection c) {
        if (!hasHistoryTable(c)) {
            return 0; // a new database: asking would only leave an error in H2's trace file
        }
        try (java.sql.Statement s = c.createStatement();
                java.sql.ResultSet rs = s.executeQuery("SELECT version FROM flyway_schema_history WHERE success")) {
            int max = 0;
            while (rs.next()) {
                String v = rs.getString(1);
                if (v != null) {
                    max = Math.max(max, Integer.parseInt(v.strip()));
                }
            }
            return max;
        } catch (SQLException | NumberFormatException e) {
            return 0;
        }
    }

    private static boolean hasHistoryTable(Connection c) {
        try (java.sql.ResultSet rs =
                c.getMetaData().getTables(null, c.getSchema(), "flyway_schema_history", new String[] {"TABLE"})) {
            return rs.next();
        } catch (SQLException e) {
            return false;
        }
    }

    @Override
    public Optional<Series> series(String id) {
        return jdbi.withHandle(h -> h.select("SELECT " + SeriesRows.COLUMNS + " FROM series WHERE id = ?", id)
                .map(SeriesRows::map)
                .findOne());
    }

    @Override
    public Optional<Instant> lastChanged() {
        // Plain JDBC: the server asks this once per request, and a Jdbi handle costs more than the query.
        try (Connection c = dataSource.getConnection();
                java.sql.PreparedStatement s = c.prepareStatement("SELECT changed_at FROM store_state WHERE id = 1");
                java.sql.ResultSet rs = s.executeQuery()) {
            java.time.OffsetDateTime t = rs.next() ? rs.getObject(1, java.time.OffsetDateTime.class) : null;
            return Optional.ofNullable(t == null ? null : t.toInstant());
        } catch (SQLException e) {
            throw new StoreException("cannot read the time of the last ingest: " + e.getMessage(), e);
        }
    }

    @Override
    public List<Series> allSeries() {
        return jdbi.withHandle(h -> h.select("SELECT " + SeriesRows.COLUMNS + " FROM series ORDER BY id")
                .map(SeriesRows::map)
                .list());
    }

    @Override
    public List<Observation> currentObservations(String seriesId) {
        return series(seriesId)
                .map(s -> observations(s, CURRENT + " ORDER BY o.period_first, o.period_last", Map.of()))
                .orElse(List.of());
    }

    @Override
    public ObservationSource asOf(LocalDate date) {
        return new ObservationSource() {
            @Override
            public Optional<Series> series(String id) {
                return JdbcSeriesStore.this.series(id);
            }

            @Override
            public List<Observation> currentObservations(String seriesId) {
                return series(seriesId)
                        .map(s -> observations(
                                s, AS_OF + " ORDER BY o.period_first, o.period_last", Map.of("as_of", date)))
                        .orElse(List.of());
            }
        };
    }

    @Override
    public List<Observation> vintages(String seriesId, Period period) {
        return series(seriesId)
                .map(s -> observations(s, "o.period = :period ORDER BY o.vintage", Map.of("period", period.code())))
                .orElse(List.of());
    }

    @Override
    public List<Observation> allVintages(String seriesId) {
        return series(seriesId)
                .map(s -> observations(s, "TRUE ORDER BY o.period_first, o.period_last, o.vintage", Map.of()))
                .orElse(List.of());
    }

    @Override
    public void forEachMonthlyColumn(Optional<LocalDate> asOf, BiConsumer<String, MonthlyColumn> each) {
        MonthlyColumnsReader.read(dataSource, asOf, each);
    }

    @Override
    public Map<String, SeriesFacts> facts() {
        Map<String, SeriesFacts> facts = new HashMap<>();
        jdbi.useHandle(h -> h.createQuery("SELECT series_id, period, public_by FROM observation"
                        + " ORDER BY series_id, period_first, period_last, period")
                .reduceResultSet(
                        new FactsReader(facts),
                        (reader, rs, ctx) -> reader.next(
                                rs.getString("series_id"),
                                rs.getString("period"),
                                rs.getObject("public_by", LocalDate.class)))
                .finish());
        return facts;
    }

    /** Folds the observation rows, ordered by series and time, into one {@link SeriesFacts} per series. */
    private static final class FactsReader {
        private final Map<String, SeriesFacts> out;
        private String series;
        private String first;
        private String last;
        private int periods;
        private int vintages;
        private LocalDate updated;

        FactsReader(Map<String, SeriesFacts> out) {
            this.out = out;
        }

        FactsReader next(String seriesId, String period, LocalDate publicBy) {
            if (!seriesId.equals(series)) {
                finish();
                series = seriesId;
                first = period;
                last = null;
                periods = 0;
                vintages = 0;
                updated = null;
            }
            if (!period.equals(last)) {
                periods++;
                last = period;
            }
            vintages++;
            if (publicBy != null && (updated == null || publicBy.isAfter(updated))) {
                updated = publicBy;
            }
            return this;
        }

        void finish() {
            if (series != null) {
                out.put(series, new SeriesFacts(first, last, periods, vintages, updated));
            }
        }
    }

    @Override
    public List<PublishedVintage> publishedSince(LocalDate since, int limit) {
        Map<String, Series> byId = new HashMap<>();
        allSeries().forEach(s -> byId.put(s.id(), s));
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT o.series_id, " + ObservationRows.COLUMNS.replaceAll("(^|, )", "$1o.")
                                + ", p.amount AS previous_amount, p.amount_scale AS previous_scale, i.started_at"
                                + " FROM observation o JOIN ingest i ON i.id = o.ingest_id"
                                + " LEFT JOIN observation p ON p.series_id = o.series_id AND p.period = o.period"
                                + " AND p.vintage = o.vintage - 1"
                                + " WHERE o.public_by >= :since"
                                + " ORDER BY o.public_by DESC, o.series_id, o.period_first, o.vintage LIMIT :limit")
                .bind("since", since)
                .bind("limit", limit)
                .map((rs, ctx) -> {
                    BigDecimal previous = rs.getBigDecimal("previous_amount");
                    return new PublishedVintage(
                            rs.getString("series_id"),
                            ObservationRows.map(rs, byId.get(rs.getString("series_id"))),
                            previous == null
                                    ? null
                                    : previous.setScale(rs.getInt("previous_scale"), RoundingMode.UNNECESSARY),
                            rs.getObject("started_at", OffsetDateTime.class).toInstant());
                })
                .list());
    }

    private List<Observation> observations(Series series, String condition, Map<String, Object> bindings) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + ObservationRows.COLUMNS + " FROM observation o"
                        + " WHERE o.series_id = :id AND " + condition)
                .bind("id", series.id())
                .bindMap(bindings)
                .map((rs, ctx) -> ObservationRows.map(rs, series))
                .list());
    }

    @Override
    public IngestReport ingest(Batch batch, String description, Instant at) {
        return jdbi.inTransaction(h -> {
            Instant changed = StoreState.lock(h);
            IngestReport report = new BatchWriter(h, at).write(batch, description);
            StoreState.changed(h, report, changed, at);
            return report;
        });
    }

    @Override
    public IngestReport ingest(org.exportpulse.formats.Ingestion.Streamed batch, String description, Instant at)
            throws java.io.IOException {
        return jdbi.inTransaction(h -> {
            Instant changed = StoreState.lock(h);
            IngestReport report = new BatchWriter(h, at).write(batch, description);
            StoreState.changed(h, report, changed, at);
            return report;
        });
    }

    @Override
    public boolean claimUpdate(Instant now, Duration every) {
        return jdbi.inTransaction(h -> h.createUpdate("UPDATE store_state SET update_claimed_at = :now WHERE id = 1"
                                + " AND (update_claimed_at IS NULL OR update_claimed_at <= :due)")
                        .bind("now", now.atOffset(ZoneOffset.UTC))
                        .bind("due", now.minus(every).atOffset(ZoneOffset.UTC))
                        .execute()
                == 1);
    }

    @Override
    public IngestReport preview(Batch batch, String description, Instant at) {
        return jdbi.inTransaction(h -> {
            IngestReport report = new BatchWriter(h, at).write(batch, description);
            h.rollback();
            return report;
        });
    }

    @Override
    public IngestReport loadIfEmpty(Supplier<Batch> bundle, String description, Instant at) {
        if (jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM series")
                        .mapTo(Long.class)
                        .one())
                > 0) {
            return null; // the everyday case, answered without taking the writers' lock
        }
        return jdbi.inTransaction(h -> {
            Instant changed = StoreState.lock(h);
            boolean empty = h.createQuery("SELECT COUNT(*) FROM series")
                            .mapTo(Long.class)
                            .one()
                    == 0;
            if (!empty) {
                return null;
            }
            IngestReport report = new BatchWriter(h, at).write(bundle.get(), description);
            StoreState.changed(h, report, changed, at);
            h.createUpdate("UPDATE store_state SET bundle_loaded_at = ? WHERE id = 1")
                    .bind(0, at.atOffset(ZoneOffset.UTC))
                    .execute();
            return report;
        });
    }

    @Override
    public void close() {
        try {
            keepAlive.close();
            if (dataSource instanceof AutoCloseable pool) {
                pool.close();
            }
        } catch (Exception e) {
            throw new StoreException("cannot close the store: " + e.getMessage(), e);
        }
    }
}
