package org.exportpulse.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.exportpulse.core.series.NotFoundException;
import org.exportpulse.core.series.Observation;
import org.exportpulse.core.series.ObservationSource;
import org.exportpulse.core.series.Series;
import org.exportpulse.core.time.Period;
import org.exportpulse.core.transform.Aggregation;
import org.exportpulse.core.transform.SeriesTransforms;
import org.exportpulse.export.ComputedCsv;
import org.exportpulse.export.ComputedJson;
import org.exportpulse.export.DataTable;
import org.exportpulse.export.SdmxCsv;
import org.exportpulse.export.SeriesExport;
import org.exportpulse.export.TableFiles;
import org.exportpulse.store.SeriesStore;

/**
 * {@code GET /api/observations?series=a,b,c}: several series in one answer, in long form (a row per
 * series and period) or wide form (a row per period, a column per series), with the transforms,
 * aggregation, as-of date, period range and paging of the one-series endpoint.
 */
final class SeveralSeriesRoutes {

    /** The most series one request may name. */
    static final int MAX_SERIES = 100;

    private final SeriesStore store;
    private final StoreReads reads;
    private final Clock clock;

    SeveralSeriesRoutes(SeriesStore store, StoreReads reads, Clock clock) {
        this.store = store;
        this.reads = reads;
        this.clock = clock;
    }

    Map<String, Handler> getRoutes() {
        return Map.of("/api/observations", this::observations);
    }

    void observations(Context ctx) {
        List<Series> series = series(ctx.queryParam("series"));
        ValuesQuery q = ValuesQuery.of(ctx, LocalDate.now(clock));
        if (q.realTime().window() || q.output() != ValuesQuery.OutputType.BY_REAL_TIME_PERIOD) {
            throw new IllegalArgumentException("several series are answered for one vintage (expected as_of, or"
                    + " realtime_start equal to realtime_end, and no output_type; ask each series for its vintages)");
        }
        boolean wide = wide(ctx.queryParam("shape"));
        AnswerFormat format = AnswerFormat.choose(ctx, wide ? AnswerFormat.TABLES : AnswerFormat.TABLES_AND_SDMX);
        ObservationSource source = q.source(reads, ctx);
        boolean computed = q.transform() != null || q.frequency() != null;
        List<SeriesTransforms.Computation> computations = new ArrayList<>();
        List<SeriesExport> stored = new ArrayList<>();
        for (Series s : series) {
            if (computed) {
                SeriesTransforms.Computation c = q.computation(source, s.id());
                computations.add(new SeriesTransforms.Computation(
                        c.what(), c.unit(), Page.within(c.values(), s, q, Aggregation.Value::period)));
            } else {
                stored.add(new SeriesExport(
                        s, Page.within(source.currentObservations(s.id()), s, q, Observation::period)));
            }
        }
        DataTable table = wide
                ? wideTable(series, computed, computations, stored)
                : longTable(series, computed, computations, stored, format == AnswerFormat.SDMX_CSV);
        Page<List<Object>> page = Page.of(table.rows(), q);
        DataTable paged = new DataTable(table.columns(), page.rows());
        String name = "observations" + (wide ? ".wide" : "");
        if (format != AnswerFormat.JSON) {
            Answers.file(ctx, format, paged, name);
            return;
        }
        ObjectNode root = JsonNodeFactory.withExactBigDecimals(true).objectNode();
        ArrayNode ids = root.putArray("series");
        series.forEach(s -> ids.add(s.id()));
        root.put("shape", wide ? "wide" : "long");
        Answers.paging(root, page);
        root.set("observations", TableFiles.json(paged));
        Answers.json(ctx, root);
    }

    private static DataTable longTable(
            List<Series> series,
            boolean computed,
            List<SeriesTransforms.Computation> computations,
            List<SeriesExport> stored,
            boolean sdmx) {
        List<DataTable> parts = new ArrayList<>();
        for (int i = 0; i < series.size(); i++) {
            Series s = series.get(i);
            if (computed) {
                SeriesTransforms.Computation c = computations.get(i);
                parts.add(
                        sdmx
                                ? SdmxCsv.computed(s.id(), c.what(), c.unit(), c.values())
                                : ComputedCsv.table(s.id(), c.what(), c.unit(), c.values()));
            } else {
                SeriesExport e = stored.get(i);
                parts.add(
                        sdmx
                                ? SdmxCsv.observations(s.id(), s.unit().toString(), e.observations())
                                : SeriesExport.table(List.of(e)));
            }
        }
        return DataTable.concat(parts);
    }

    /** A row per period (in time order), a column per series; a missing value is empty. */
    private static DataTable wideTable(
            List<Series> series,
            boolean computed,
            List<SeriesTransforms.Computation> computations,
            List<SeriesExport> stored) {
        Map<String, Period> periods = new LinkedHashMap<>();
        List<Map<String, Object>> columns = new ArrayList<>();
        for (int i = 0; i < series.size(); i++) {
            Map<String, Object> column = new TreeMap<>();
            if (computed) {
                for (Aggregation.Value v : computations.get(i).values()) {
                    periods.putIfAbsent(v.period().code(), v.period());
                    column.put(v.period().code(), Double.isNaN(v.value()) ? null : ComputedJson.rounded(v.value()));
                }
            } else {
                for (Observation o : stored.get(i).observations()) {
                    periods.putIfAbsent(o.period().code(), o.period());
                    column.put(o.period().code(), o.value());
                }
            }
            columns.add(column);
        }
        List<String> header = new ArrayList<>(List.of("period"));
        series.forEach(s -> header.add(s.id()));
        List<List<Object>> rows = new ArrayList<>();
        periods.values().stream()
                .sorted(Comparator.comparing(Period::first)
                        .thenComparing(Period::last)
                        .thenComparing(Period::code))
                .forEach(p -> {
                    List<Object> row = new ArrayList<>();
                    row.add(p.code());
                    columns.forEach(c -> row.add(c.get(p.code())));
                    rows.add(row);
                });
        return new DataTable(header, rows);
    }

    private List<Series> series(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("the series query parameter is required (expected e.g."
                    + " ?series=pk.ict.exports,pk.pbs.goods.exports)");
        }
        Set<String> ids = new LinkedHashSet<>();
        for (String id : text.split(",")) {
            if (!id.isBlank()) {
                ids.add(id.strip());
            }
        }
        if (ids.size() > MAX_SERIES) {
            throw new IllegalArgumentException(
                    ids.size() + " series in one request (expected at most " + MAX_SERIES + ")");
        }
        List<Series> series = new ArrayList<>();
        for (String id : ids) {
            series.add(store.series(id).orElseThrow(() -> NotFoundException.series(id)));
        }
        return series;
    }

    private static boolean wide(String shape) {
        if (shape == null || shape.isBlank() || shape.strip().equalsIgnoreCase("long")) {
            return false;
        }
        if (shape.strip().equalsIgnoreCase("wide")) {
            return true;
        }
        throw new IllegalArgumentException("shape " + shape + " is not one (expected long or wide)");
    }
}
