package org.exportpulse.store.jdbc;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.exportpulse.core.series.Series;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * The series metadata of one ingest, written inside its transaction: new series inserted in one
 * batch, changed ones updated, equal ones left alone. A series named twice takes its last metadata.
 */
final class SeriesWrites {

    /** Up to this many series an ingest looks up one by one rather than reading the series table. */
    static final int FEW_SERIES = 50;

    /**
     * What an ingest did to the series table.
     *
     * @param createdIds the series it inserted, which therefore have no stored values yet
     */
    record Written(int created, int updated, Set<String> createdIds) {}

    private SeriesWrites() {}

    static Written write(Handle handle, List<Series> series) {
        Map<String, Series> storedById = stored(handle, series);
        Map<String, Series> toCreate = new LinkedHashMap<>();
        int created = 0;
        int updated = 0;
        for (Series s : series) {
            Series stored = storedById.getOrDefault(s.id(), toCreate.get(s.id()));
            if (stored == null || toCreate.containsKey(s.id())) {
                updated += stored != null && !stored.equals(s) ? 1 : 0; // named twice: the last wins
                created += stored == null ? 1 : 0;
                toCreate.put(s.id(), s);
            } else if (!stored.equals(s)) {
                handle.createUpdate(
                                "UPDATE series SET title = :title, unit = :unit, frequency = :frequency, kind = :kind,"
                                        + " fiscal_year_start = :fiscal_year_start, publisher = :publisher,"
                                        + " definition = :definition, share_of = :share_of WHERE id = :id")
                        .bindMap(SeriesRows.bindings(s))
                        .execute();
                updated++;
            }
        }
        if (!toCreate.isEmpty()) {
            PreparedBatch inserts = handle.prepareBatch("INSERT INTO series (" + SeriesRows.COLUMNS + ") VALUES (:id,"
                    + " :title, :unit, :frequency, :kind, :fiscal_year_start, :publisher, :definition, :share_of)");
            toCreate.values().forEach(s -> inserts.add(SeriesRows.bindings(s)));
            inserts.execute();
        }
        return new Written(created, updated, Set.copyOf(toCreate.keySet()));
    }

    /**
     * The stored series among {@code series}, by id: one query for the whole series table when the
     * ingest names many, one per series when it names few.
     */
    private static Map<String, Series> stored(Handle handle, List<Series> series) {
        Map<String, Series> byId = new HashMap<>();
        if (series.size() > FEW_SERIES) {
            handle.select("SELECT " + SeriesRows.COLUMNS + " FROM series")
                    .map(SeriesRows::map)
                    .forEach(s -> byId.put(s.id(), s));
            return byId;
        }
        for (Series s : series) {
            handle.select("SELECT " + SeriesRows.COLUMNS + " FROM series WHERE id = ?", s.id())
                    .map(SeriesRows::map)
                    .findOne()
                    .ifPresent(stored -> byId.put(stored.id(), stored));
        }
        return byId;
    }
}
