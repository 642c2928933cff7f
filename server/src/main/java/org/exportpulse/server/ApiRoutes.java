package org.exportpulse.server;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.exportpulse.core.figures.HeadlineFiguresKernel;
import org.exportpulse.core.series.NotFoundException;
import org.exportpulse.core.series.Observation;
import org.exportpulse.core.series.ObservationSource;
import org.exportpulse.core.series.Series;
import org.exportpulse.core.time.CalendarMonth;
import org.exportpulse.core.time.FiscalCalendar;
import org.exportpulse.core.time.Period;
import org.exportpulse.export.FiguresJson;
import org.exportpulse.export.JsonTables;
import org.exportpulse.export.ObservationJson;
import org.exportpulse.export.SeriesExport;
import org.exportpulse.store.SeriesStore;

/** The handlers of the JSON API; each reads the store, calls core and writes a documented shape. */
final class ApiRoutes {

    private static final ObjectMapper JSON = new ObjectMapper().enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    private final SeriesStore store;
    private final StoreReads reads;

    ApiRoutes(SeriesStore store, StoreReads reads) {
        this.store = store;
        this.reads = reads;
    }

    /** Every GET route and its handler, in the order of the OpenAPI document. */
    Map<String, Handler> getRoutes() {
        Map<String, Handler> routes = new LinkedHashMap<>();
        routes.put("/api/series/{id}/figures", this::figures);
        routes.put("/api/series/{id}/history", this::history);
        routes.put("/api/openapi.yaml", this::openApi);
        return routes;
    }

    /** {@code Last-Modified}: the time of the latest ingest (as the response cache read it, for GETs). */
    void lastModified(Context ctx) {
        Optional<Instant> changed = ctx.attribute(ResponseCache.LAST_CHANGED);
        if (changed == null) {
            changed = store.lastChanged();
        }
        changed.ifPresent(t -> ctx.header("Last-Modified", ResponseCache.httpDate(t)));
    }

    void figures(Context ctx) {
        HeadlineFiguresKernel kernel = HeadlineFiguresKernel.of(source(ctx));
        String id = ctx.pathParam("id");
        String period = ctx.queryParam("period");
        YearMonth month = period == null || period.isBlank() ? kernel.latestMonth(id) : month(period);
        ObjectNode figures = FiguresJson.of(kernel.compute(id, month));
        figures.put("as_of", ctx.queryParam("as_of"));
        Answers.jsonOrTable(ctx, figures, JsonTables::fields, id + "." + month + ".figures");
    }

    void history(Context ctx) {
        Series series = series(ctx.pathParam("id"));
        String text = ctx.queryParam("period");
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(
                    "the period query parameter is required (expected e.g. ?period=2024-11)");
        }
        Period period = Period.parse(text, series.calendar());
        List<Observation> vintages = reads.vintages(ctx).vintages(series.id(), period);
        if (vintages.isEmpty()) {
            throw NotFoundException.period(series.id(), period.code(), "no vintage is stored");
        }
        Answers.jsonOrTable(
                ctx,
                () -> ObservationJson.list(series, "vintages", vintages),
                () -> SeriesExport.table(List.of(new SeriesExport(series, vintages))),
                series.id() + "." + period.code() + ".history");
    }

    void openApi(Context ctx) throws IOException {
        try (InputStream in = ApiRoutes.class.getResourceAsStream("openapi.yaml")) {
            EntityTags.send(ctx, "application/yaml; charset=utf-8", in.readAllBytes());
        }
    }

    private Series series(String id) {
        return store.series(id).orElseThrow(() -> NotFoundException.series(id));
    }

    /** Current values with derived months, or as of {@code ?as_of=YYYY-MM-DD}. */
    private ObservationSource source(Context ctx) {
        return reads.of(ctx, Dates.parse("as_of", ctx.queryParam("as_of")));
    }

    static YearMonth month(String text) {
        Period p = Period.parse(text, FiscalCalendar.JULY_TO_JUNE);
        if (p instanceof CalendarMonth m) {
            return m.month();
        }
        throw new IllegalArgumentException("period " + text + " is not a month (expected e.g. 2025-12)");
    }

    private static void json(Context ctx, JsonNode node) {
        try {
            EntityTags.send(
                    ctx, "application/json", JSON.writeValueAsString(node).getBytes(StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
