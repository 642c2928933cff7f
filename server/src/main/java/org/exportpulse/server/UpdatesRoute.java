package org.exportpulse.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.exportpulse.core.series.Observation;
import org.exportpulse.core.series.Series;
import org.exportpulse.store.PublishedVintage;
import org.exportpulse.store.SeriesStore;

/**
 * What's new: {@code GET /api/updates?since=&limit=} (values published and revised since a day, with
 * their vintages) and the same as an Atom feed at {@code /feed.atom}, one entry per series and
 * release day.
 */
final class UpdatesRoute {

    /** Days back when {@code since} is not given. */
    static final int DEFAULT_DAYS = 30;
    /** Updates in one answer unless {@code limit} says otherwise, and the most it may say. */
    static final int DEFAULT_LIMIT = 500;

    static final int MAX_LIMIT = 5_000;

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final SeriesStore store;
    private final Clock clock;

    UpdatesRoute(SeriesStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    Map<String, Handler> getRoutes() {
        return Map.of("/api/updates", this::updates, "/feed.atom", this::feed);
    }

    void updates(Context ctx) {
        LocalDate given = Dates.parse("since", ctx.queryParam("since"));
        LocalDate since = given == null ? LocalDate.now(clock).minusDays(DEFAULT_DAYS) : given;
        int limit = limit(ctx.queryParam("limit"));
        List<PublishedVintage> found = store.publishedSince(since, limit + 1);
        ObjectNode root = NODES.objectNode();
        root.put("since", since.toString());
        root.put("limit", limit);
        root.put("truncated", found.size() > limit);
        ArrayNode updates = root.putArray("updates");
        Map<String, Series> series = new HashMap<>();
        for (PublishedVintage v : found.subList(0, Math.min(limit, found.size()))) {
            Series s =
                    series.computeIfAbsent(v.seriesId(), id -> store.series(id).orElseThrow());
            updates.add(json(v, s));
        }
        EntityTags.send(ctx, "application/json", root.toString().getBytes(StandardCharsets.UTF_8));
    }

    void feed(Context ctx) {
        LocalDate since = LocalDate.now(clock).minusDays(AtomFeed.DAYS);
        List<PublishedVintage> found = store.publishedSince(since, MAX_LIMIT);
        String base = ctx.scheme() + "://" + ctx.host();
        byte[] xml = AtomFeed.of(found, id -> store.series(id).orElseThrow(), base, clock.instant())
                .getBytes(StandardCharsets.UTF_8);
        EntityTags.send(ctx, "application/atom+xml; charset=utf-8", xml);
    }

    private static ObjectNode json(PublishedVintage v, Series s) {
        Observation o = v.observation();
        ObjectNode node = NODES.objectNode();
        node.put("series", v.seriesId());
        node.put("title", s.title());
        node.put("period", o.period().code());
        node.put("kind", v.isRevision() ? "revision" : "new");
        node.put("vintage", o.vintage());
        node.put("value", o.value());
        if (v.previous() == null) {
            node.putNull("previous");
        } else {
            node.put("previous", v.previous());
        }
        node.put("unit", s.unit().toString());
        node.put("status", o.status().code());
        node.put("public_by", o.publicBy() == null ? null : o.publicBy().toString());
        node.put("public_by_basis", o.publicByBasis().code());
        o.sources().forEach(node.putArray("sources")::add);
        if (o.sources().isEmpty()) {
            node.putArray("sources");
        }
        node.put("stored_at", v.storedAt().toString());
        return node;
    }

    private static int limit(String text) {
        if (text == null) {
            return DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(text.strip());
            if (limit >= 1 && limit <= MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(
                "limit '" + text + "' is not a whole number from 1 to " + MAX_LIMIT + " (expected e.g. limit=100)");
    }
}
