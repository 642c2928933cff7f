package org.exportpulse.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.exportpulse.core.release.FreshnessKernel;
import org.exportpulse.core.release.ReleasePattern;
import org.exportpulse.core.series.Frequency;
import org.exportpulse.core.series.NotFoundException;
import org.exportpulse.core.series.Series;
import org.exportpulse.core.series.SeriesGroups;
import org.exportpulse.core.series.SeriesSearch;
import org.exportpulse.export.ReleasesJson;
import org.exportpulse.export.SeriesJson;
import org.exportpulse.store.SeriesFacts;
import org.exportpulse.store.SeriesStore;

/**
 * Discovery: {@code GET /api/series} (ranked search with filters by publisher, frequency and group)
 * and {@code GET /api/series/{id}} (metadata with what the store holds and the release calendar).
 */
final class CatalogRoutes {

    private final SeriesStore store;
    private final Map<String, String> phrases;
    private final SeriesGroups groups;
    private final List<ReleasePattern> calendar;
    private final Clock clock;

    /**
     * @param phrases names texts use for series (their words, lower case, one space apart) → series id
     * @param groups the groups series fall into
     */
    CatalogRoutes(
            SeriesStore store,
            Map<String, String> phrases,
            SeriesGroups groups,
            List<ReleasePattern> calendar,
            Clock clock) {
        this.store = store;
        this.phrases = Map.copyOf(phrases);
        this.groups = groups;
        this.calendar = List.copyOf(calendar);
        this.clock = clock;
    }

    Map<String, Handler> getRoutes() {
        Map<String, Handler> routes = new LinkedHashMap<>();
        routes.put("/api/series", this::search);
        routes.put("/api/series/{id}", this::series);
        return routes;
    }

    /** The matching series, best first, each with its facts; {@code X-Total-Count} before paging. */
    void search(Context ctx) {
        String publisher = blankToNull(ctx.queryParam("publisher"));
        Frequency frequency = frequency(ctx.queryParam("frequency"));
        String group = blankToNull(ctx.queryParam("group")) == null ? null : groups.parse(ctx.queryParam("group"));
        List<SeriesSearch.Hit> hits = SeriesSearch.of(store.allSeries(), phrases).search(ctx.queryParam("q")).stream()
                .filter(h -> publisher == null || h.series().publisher().equalsIgnoreCase(publisher.strip()))
                .filter(h -> frequency == null || h.series().frequency() == frequency)
                .filter(h -> group == null || groups.of(h.series().id()).equals(group))
                .toList();
        ValuesQuery paging = ValuesQuery.paging(ctx);
        Page<SeriesSearch.Hit> page = Page.of(hits, paging);
        Map<String, SeriesFacts> facts = store.facts();
        boolean ranked = blankToNull(ctx.queryParam("q")) != null;
        ArrayNode list = JsonNodeFactory.instance.arrayNode();
        for (SeriesSearch.Hit hit : page.rows()) {
            ObjectNode n = described(hit.series(), facts.get(hit.series().id()));
            if (ranked) {
                n.put("score", hit.score());
            }
            list.add(n);
        }
        ctx.header("X-Total-Count", Integer.toString(page.count()));
        Answers.json(ctx, list);
    }

    void series(Context ctx) {
        String id = ctx.pathParam("id");
        Series series = store.series(id).orElseThrow(() -> NotFoundException.series(id));
        ObjectNode n = described(series, store.facts().get(id));
        n.set(
                "release",
                FreshnessKernel.of(store, calendar)
                        .compute(id, LocalDate.now(clock))
                        .<com.fasterxml.jackson.databind.JsonNode>map(ReleasesJson::entry)
                        .orElse(JsonNodeFactory.instance.nullNode()));
        Answers.json(ctx, n);
    }

    /** The series' metadata, its group and what the store holds of it. */
    private ObjectNode described(Series s, SeriesFacts facts) {
        ObjectNode n = SeriesJson.of(s);
        n.put("group", groups.of(s.id()));
        n.put("first_period", facts == null ? null : facts.firstPeriod());
        n.put("last_period", facts == null ? null : facts.lastPeriod());
        n.put("periods", facts == null ? 0 : facts.periods());
        n.put("vintages", facts == null ? 0 : facts.vintages());
        n.put(
                "last_updated",
                facts == null || facts.lastUpdated() == null
                        ? null
                        : facts.lastUpdated().toString());
        return n;
    }

    private static Frequency frequency(String text) {
        if (blankToNull(text) == null) {
            return null;
        }
        for (Frequency f : Frequency.values()) {
            if (f.code().equals(text.strip().toLowerCase(Locale.ROOT))) {
                return f;
            }
        }
        throw new IllegalArgumentException("frequency " + text + " is not one (expected one of "
                + String.join(
                        ", ",
                        java.util.Arrays.stream(Frequency.values())
                                .map(Frequency::code)
                                .toList()) + ")");
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
