package org.exportpulse.server;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.exportpulse.core.release.FreshnessKernel;
import org.exportpulse.core.release.ReleasePattern;
import org.exportpulse.export.ReleasesJson;
import org.exportpulse.store.SeriesStore;

/**
 * {@code GET /api/releases?today=}: the release calendar against the store (the JSON of {@code pulse
 * releases}); {@code today} defaults to the server's date.
 */
final class ReleasesRoute {

    private final SeriesStore store;
    private final List<ReleasePattern> calendar;
    private final Clock clock;

    ReleasesRoute(SeriesStore store, List<ReleasePattern> calendar, Clock clock) {
        this.store = store;
        this.calendar = List.copyOf(calendar);
        this.clock = clock;
    }

    Map<String, Handler> getRoutes() {
        return Map.of("/api/releases", this::releases);
    }

    void releases(Context ctx) {
        LocalDate given = Dates.parse("today", ctx.queryParam("today"));
        LocalDate today = given == null ? LocalDate.now(clock) : given;
        String json = ReleasesJson.of(today, FreshnessKernel.of(store, calendar).compute(today))
                .toString();
        EntityTags.send(ctx, "application/json", json.getBytes(StandardCharsets.UTF_8));
    }
}
