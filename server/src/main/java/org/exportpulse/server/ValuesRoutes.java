package org.exportpulse.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.exportpulse.core.series.NotFoundException;
import org.exportpulse.core.series.Observation;
import org.exportpulse.core.series.Series;
import org.exportpulse.core.transform.Aggregation;
import org.exportpulse.core.transform.SeriesTransforms;
import org.exportpulse.core.vintage.RealTimeValues;
import org.exportpulse.export.ComputedCsv;
import org.exportpulse.export.ComputedJson;
import org.exportpulse.export.DataTable;
import org.exportpulse.export.ObservationJson;
import org.exportpulse.export.SdmxCsv;
import org.exportpulse.export.SeriesExport;
import org.exportpulse.export.TableFiles;
import org.exportpulse.store.SeriesStore;

/**
 * The values of one series in every form FRED and ALFRED users ask for: current, as of a day,
 * transformed or aggregated, every vintage in a real-time window, one column per release date,
 * first releases only; and the series' release dates. Each in JSON, CSV, XLSX and (for values of
 * one vintage) SDMX-CSV.
 */
final class ValuesRoutes {

    private final SeriesStore store;
    private final StoreReads reads;
    private final Clock clock;

    ValuesRoutes(SeriesStore store, StoreReads reads, Clock clock) {
        this.store = store;
        this.reads = reads;
        this.clock = clock;
    }

    /** The GET routes and their handlers, in the order of the OpenAPI document. */
    Map<String, Handler> getRoutes() {
        Map<String, Handler> routes = new LinkedHashMap<>();
        routes.put("/api/series/{id}/observations", this::observations);
        routes.put("/api/series/{id}/vintagedates", this::vintageDates);
        return routes;
    }

    void observations(Context ctx) {
        Series series = series(ctx);
        ValuesQuery q = ValuesQuery.of(ctx, LocalDate.now(clock));
        switch (q.output()) {
            case BY_VINTAGE_DATE -> byVintageDate(ctx, series, q);
            case INITIAL_RELEASE -> stored(ctx, series, q, firstReleases(ctx, series, q));
            case BY_REAL_TIME_PERIOD -> {
                if (q.realTime().window()) {
                    spells(ctx, series, q);
                } else if (q.transform() != null || q.frequency() != null) {
                    computed(ctx, series, q);
                } else {
                    stored(ctx, series, q, q.source(reads, ctx).currentObservations(series.id()));
                }
            }
        }
    }

    void vintageDates(Context ctx) {
        Series series = series(ctx);
        ValuesQuery q = ValuesQuery.of(ctx, LocalDate.now(clock));
        List<LocalDate> dates = new ArrayList<>();
        for (LocalDate d : RealTimeValues.releaseDates(reads.allVintages(ctx, series.id()))) {
            if (q.realTime().current()
                    || !d.isBefore(q.realTime().start())
                            && !d.isAfter(q.realTime().end())) {
                dates.add(d);
            }
        }
        Page<LocalDate> page = Page.of(dates, q);
        DataTable.Builder table = DataTable.with("vintage_date");
        page.rows().forEach(d -> table.row(d.toString()));
        AnswerFormat format = AnswerFormat.choose(ctx, AnswerFormat.TABLES);
        if (format == AnswerFormat.JSON) {
            ObjectNode root = Answers.root(series, page);
            ArrayNode list = root.putArray("vintage_dates");
            page.rows().forEach(d -> list.add(d.toString()));
            Answers.json(ctx, root);
        } else {
            Answers.file(ctx, format, table.build(), series.id() + ".vintagedates");
        }
    }

    private void stored(Context ctx, Series series, ValuesQuery q, List<Observation> all) {
        Page<Observation> page = Page.of(Page.within(all, series, q, Observation::period), q);
        AnswerFormat format = AnswerFormat.choose(ctx, AnswerFormat.TABLES_AND_SDMX);
        String name = series.id() + (q.output() == ValuesQuery.OutputType.INITIAL_RELEASE ? ".first-release" : "");
        switch (format) {
            case JSON -> {
                ObjectNode root = ObservationJson.list(series, "observations", page.rows());
                Answers.paging(root, page);
                Answers.json(ctx, root);
            }
            case SDMX_CSV ->
                Answers.file(
                        ctx,
                        format,
                        SdmxCsv.observations(series.id(), series.unit().toString(), page.rows()),
                        name);
            default -> Answers.export(ctx, format, new SeriesExport(series, page.rows()), name);
        }
    }

    private void computed(Context ctx, Series series, ValuesQuery q) {
        SeriesTransforms.Computation c = q.computation(q.source(reads, ctx), series.id());
        Page<Aggregation.Value> page = Page.of(Page.within(c.values(), series, q, Aggregation.Value::period), q);
        AnswerFormat format = AnswerFormat.choose(ctx, AnswerFormat.TABLES_AND_SDMX);
        String name = series.id() + "." + c.what().replaceAll("[^A-Za-z0-9_.-]+", "_");
        switch (format) {
            case JSON -> {
                ObjectNode root = ComputedJson.of(series.id(), c.what(), c.unit(), page.rows());
                Answers.paging(root, page);
                Answers.json(ctx, root);
            }
            case SDMX_CSV ->
                Answers.file(ctx, format, SdmxCsv.computed(series.id(), c.what(), c.unit(), page.rows()), name);
            default -> Answers.file(ctx, format, ComputedCsv.table(series.id(), c.what(), c.unit(), page.rows()), name);
        }
    }

    /** ALFRED's output_type 1 over a window: each value and the days it was the one known. */
    private void spells(Context ctx, Series series, ValuesQuery q) {
        List<RealTimeValues.Spell> spells = RealTimeValues.spells(
                reads.allVintages(ctx, series.id()),
                q.realTime().start(),
                q.realTime().end());
        Page<RealTimeValues.Spell> page =
                Page.of(Page.within(spells, series, q, s -> s.observation().period()), q);
        DataTable.Builder table =
                DataTable.with("period", "value", "vintage", "public_by", "realtime_start", "realtime_end");
        for (RealTimeValues.Spell s : page.rows()) {
            Observation o = s.observation();
            table.row(
                    o.period().code(),
                    o.value(),
                    o.vintage(),
                    o.publicBy().toString(),
                    s.from().toString(),
                    s.to().toString());
        }
        answerTable(ctx, series, q, page, table.build(), series.id() + ".realtime");
    }

    /** ALFRED's output_type 2: one row per period, one column per release date. */
    private void byVintageDate(Context ctx, Series series, ValuesQuery q) {
        List<Observation> vintages = reads.allVintages(ctx, series.id());
        List<LocalDate> dates = new ArrayList<>();
        for (LocalDate d : RealTimeValues.releaseDates(vintages)) {
            if (q.realTime().current()
                    || !d.isBefore(q.realTime().start())
                            && !d.isAfter(q.realTime().end())) {
                dates.add(d);
            }
        }
        List<String> columns = new ArrayList<>(List.of("period"));
        dates.forEach(d -> columns.add(d.toString()));
        List<List<Object>> rows = new ArrayList<>();
        List<Observation> firsts = new ArrayList<>();
        for (List<Observation> period : RealTimeValues.byPeriod(vintages).values()) {
            firsts.add(period.get(0));
        }
        Page<Observation> page = Page.of(Page.within(firsts, series, q, Observation::period), q);
        Map<String, List<Observation>> byPeriod = RealTimeValues.byPeriod(vintages);
        for (Observation first : page.rows()) {
            List<Object> row = new ArrayList<>();
            row.add(first.period().code());
            for (LocalDate d : dates) {
                row.add(RealTimeValues.knownOn(byPeriod.get(first.period().code()), d)
                        .map(Observation::value)
                        .orElse(null));
            }
            rows.add(row);
        }
        answerTable(ctx, series, q, page, new DataTable(columns, rows), series.id() + ".vintages");
    }

    private void answerTable(Context ctx, Series series, ValuesQuery q, Page<?> page, DataTable table, String name) {
        AnswerFormat format = AnswerFormat.choose(ctx, AnswerFormat.TABLES);
        if (format != AnswerFormat.JSON) {
            Answers.file(ctx, format, table, name);
            return;
        }
        ObjectNode root = Answers.root(series, page);
        if (!q.realTime().current()) {
            root.put("realtime_start", q.realTime().start().toString());
            root.put("realtime_end", q.realTime().end().toString());
        }
        root.set("observations", TableFiles.json(table));
        Answers.json(ctx, root);
    }

    private List<Observation> firstReleases(Context ctx, Series series, ValuesQuery q) {
        List<Observation> vintages = reads.allVintages(ctx, series.id());
        if (!q.realTime().current()) {
            vintages = vintages.stream()
                    .filter(o -> o.publicBy() != null
                            && !o.publicBy().isAfter(q.realTime().end()))
                    .toList();
        }
        return RealTimeValues.initialReleases(vintages);
    }

    private Series series(Context ctx) {
        String id = ctx.pathParam("id");
        return reads.current(ctx).series(id).orElseThrow(() -> NotFoundException.series(id));
    }
}
