package org.exportpulse.server;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.exportpulse.core.series.ObservationSource;
import org.exportpulse.core.series.Series;
import org.exportpulse.export.BulkArchive;
import org.exportpulse.export.DataTable;
import org.exportpulse.export.SeriesExport;
import org.exportpulse.store.SeriesFacts;
import org.exportpulse.store.SeriesStore;

/**
 * {@code GET /api/bulk.zip}: everything the store holds in one download, for mirrors and
 * notebooks — {@code series.csv} (metadata in the tidy form {@code pulse ingest} reads, plus what
 * is held of each), {@code observations.csv} (the current value of every period, derived months
 * included and marked), {@code vintages.csv} (every stored vintage: the whole revision history) and
 * a {@code manifest.json} with each file's rows, bytes and SHA-256.
 */
final class BulkDownload {

    static final String CONTENT_TYPE = "application/zip";

    private static final List<String> FACT_COLUMNS =
            List.of("first_period", "last_period", "periods", "vintages", "last_updated");

    private final SeriesStore store;
    private final StoreReads reads;

    BulkDownload(SeriesStore store, StoreReads reads) {
        this.store = store;
        this.reads = reads;
    }

    Map<String, Handler> getRoutes() {
        return Map.of("/api/bulk.zip", this::download);
    }

    void download(Context ctx) {
        List<Series> series = store.allSeries();
        Map<String, DataTable> files = new LinkedHashMap<>();
        files.put("series.csv", seriesTable(series, store.facts()));
        ObservationSource current = reads.current(ctx);
        files.put(
                "observations.csv",
                SeriesExport.table(series.stream()
                        .map(s -> new SeriesExport(s, current.currentObservations(s.id())))
                        .toList()));
        files.put(
                "vintages.csv",
                SeriesExport.table(series.stream()
                        .map(s -> new SeriesExport(s, reads.allVintages(ctx, s.id())))
                        .toList()));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            BulkArchive.write(
                    files,
                    store.lastChanged().orElse(null),
                    "ExportPulse bulk download: every series, its current values and every stored vintage",
                    bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ctx.header("Content-Disposition", "attachment; filename=\"exportpulse-bulk.zip\"");
        EntityTags.send(ctx, CONTENT_TYPE, bytes.toByteArray());
    }

    private static DataTable seriesTable(List<Series> series, Map<String, SeriesFacts> facts) {
        List<String> columns = new ArrayList<>(SeriesExport.METADATA_COLUMNS);
        columns.addAll(FACT_COLUMNS);
        List<List<Object>> rows = new ArrayList<>();
        for (Series s : series) {
            List<Object> row = new ArrayList<>(SeriesExport.metadataCells(s));
            SeriesFacts f = facts.get(s.id());
            row.add(f == null ? null : f.firstPeriod());
            row.add(f == null ? null : f.lastPeriod());
            row.add(f == null ? 0 : f.periods());
            row.add(f == null ? 0 : f.vintages());
            row.add(
                    f == null || f.lastUpdated() == null
                            ? null
                            : f.lastUpdated().toString());
            rows.add(row);
        }
        return new DataTable(columns, rows);
    }
}
