package org.exportpulse.server;

import io.javalin.Javalin;
import io.javalin.http.Handler;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import jakarta.servlet.DispatcherType;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.BiConsumer;
import org.exportpulse.brief.compose.BriefPresets;
import org.exportpulse.bundle.BundledData;
import org.exportpulse.core.engine.Engines;
import org.exportpulse.core.series.NotFoundException;
import org.exportpulse.engines.StandardEngines;
import org.exportpulse.formats.IngestException;
import org.exportpulse.store.SeriesStore;

/**
 * The HTTP server: the JSON API under {@code /api}, wired in one configuration. Stateless apart from
 * the store it is given, so several instances can share one PostgreSQL database. Every GET response
 * carries an {@code ETag} (and {@code If-None-Match} gives 304) and {@code Last-Modified}; every
 * error is {@code application/problem+json}.
 */
public final class PulseServer {

    /** Paths of the POST routes (the GET routes are {@link ApiRoutes#getRoutes()}). */
    static final List<String> POST_ROUTES = List.of("/api/ingest", "/api/check");

    /** Largest request body accepted, in bytes. */
    public static final long MAX_REQUEST_BYTES = 10L * 1024 * 1024;

    private PulseServer() {}

    /**
     * Stops {@code app}, a server made here: new requests get 503 at once, the running ones are
     * answered (up to {@code wait}), then the server stops.
     *
     * @return the requests that were still running when it stopped waiting (0 in a clean stop)
     */
    public static int stopGracefully(Javalin app, Duration wait) throws InterruptedException {
        int unfinished = app.unsafe.appDataManager.get(InFlightRequests.KEY).drain(wait);
        app.stop();
        return unfinished;
    }

    /** A read-only server on {@code store}, not yet started. */
    public static Javalin create(SeriesStore store) {
        return create(store, null, Set.of(), Clock.systemUTC());
    }

    /**
     * A server on {@code store}, not yet started.
     *
     * @param token the bearer token that {@code POST /api/ingest} requires; {@code null} or blank for
     *     a read-only server
     * @param aggregates World Bank aggregate codes, for WDI uploads
     * @param clock dates ingests
     */
    public static Javalin create(SeriesStore store, String token, Set<String> aggregates, Clock clock) {
        return create(
                store, StandardEngines.get(), BriefPresets.of(BundledData.briefPresets()), token, aggregates, clock);
    }

    /**
     * A server on {@code store} computing with {@code engines}, not yet started.
     *
     * @param engines forecasting, outlook and seasonal-adjustment engines (adjustment required)
     * @param presets the briefs' presets; the flagship's categories and peers are the defaults of
     *     {@code /api/ranking} and {@code /api/peers}
     * @param token the bearer token that {@code POST /api/ingest} requires; {@code null} or blank for
     *     a read-only server
     * @param aggregates World Bank aggregate codes, for WDI uploads
     * @param clock dates ingests
     */
    public static Javalin create(
            SeriesStore store,
            Engines engines,
            BriefPresets presets,
            String token,
            Set<String> aggregates,
            Clock clock) {
        return create(store, engines, presets, token, aggregates, clock, CheckLimits.defaults());
    }

    /**
     * A server as {@link #create(SeriesStore, Engines, BriefPresets, String, Set, Clock)} with
     * {@code checks} bounding the claim checks of {@code POST /api/check} and {@code /check}.
     */
    public static Javalin create(
            SeriesStore store,
            Engines engines,
            BriefPresets presets,
            String token,
            Set<String> aggregates,
            Clock clock,
            CheckLimits checks) {
        return create(store, engines, presets, token, aggregates, clock, new CheckGate(checks));
    }

    /** A server as above whose claim checks run through {@code gate} (closed when the server stops). */
    static Javalin create(
            SeriesStore store,
            Engines engines,
            BriefPresets presets,
            String token,
            Set<String> aggregates,
            Clock clock,
            CheckGate gate) {
        StoreReads reads = new StoreReads(store);
        ApiRoutes api = new ApiRoutes(store, reads);
        ValuesRoutes values = new ValuesRoutes(store, reads, clock);
        SeveralSeriesRoutes several = new SeveralSeriesRoutes(store, reads, clock);
        BulkDownload bulk = new BulkDownload(store, reads);
        CatalogRoutes catalog = new CatalogRoutes(
                store, BundledData.searchPhrases(), BundledData.seriesGroups(), BundledData.releasePatterns(), clock);
        IngestRoute ingest = new IngestRoute(store, token, aggregates, clock);
        DashboardPage dashboard = new DashboardPage(
                store, reads, BundledData.seriesGroups(), presets, BundledData.releasePatterns(), clock);
        CheckRoute check = new CheckRoute(
                store,
                reads,
                gate,
                new FreshnessNote(BundledData.releasePatterns(), clock),
                presets.flagship().seriesId());
        BriefRoute brief = new BriefRoute(store, reads, engines, presets, BundledData.releasePatterns(), clock);
        ModelRoutes models = new ModelRoutes(store, reads, engines, presets);
        ReleasesRoute releases = new ReleasesRoute(store, BundledData.releasePatterns(), clock);
        UpdatesRoute updates = new UpdatesRoute(store, clock);
        ResponseCache cache = new ResponseCache(store::lastChanged, clock);
        QueryParameters parameters = QueryParameters.documented();
        AllowedMethods allowed = new AllowedMethods();
        return Javalin.create(config -> {
            BiConsumer<String, Handler> get = (path, handler) -> {
                config.routes.get(path, handler);
                config.routes.head(path, handler); // the same headers as GET; the server drops the body
                allowed.add("GET", path);
            };
            BiConsumer<String, Handler> post = (path, handler) -> {
                config.routes.post(path, handler);
                allowed.add("POST", path);
            };
            config.http.maxRequestSize = MAX_REQUEST_BYTES;
            config.http.prefer405over404 = true;
            config.startup.showJavalinBanner = false;
            config.jetty.modifyServer(server -> server.setErrorHandler(new ProblemErrorHandler()));
            InFlightRequests inFlight = new InFlightRequests();
            config.appData(InFlightRequests.KEY, inFlight);
            config.jetty.modifyServletContextHandler(handler -> {
                handler.addFilter(inFlight, "/*", EnumSet.of(DispatcherType.REQUEST));
                handler.addFilter(new SecurityHeaders(), "/*", EnumSet.of(DispatcherType.REQUEST));
                handler.addFilter(new ReadOnlyCors(), "/api/*", EnumSet.of(DispatcherType.REQUEST));
                handler.addFilter(cache, "/api/*", EnumSet.of(DispatcherType.REQUEST));
            });
            config.routes.before("/api/*", api::lastModified);
            for (Map<String, Handler> routes : List.of(
                    catalog.getRoutes(),
                    api.getRoutes(),
                    values.getRoutes(),
                    several.getRoutes(),
                    bulk.getRoutes(),
                    brief.getRoutes(),
                    models.getRoutes(),
                    releases.getRoutes(),
                    updates.getRoutes())) {
                routes.forEach((path, handler) -> {
                    Handler consistent = ConsistentReads.of(store::lastChanged, handler);
                    get.accept(path, path.startsWith("/api/") ? parameters.checked(path, consistent) : consistent);
                });
            }
            get.accept("/brief", brief::page);
            post.accept(POST_ROUTES.get(0), ingest::handle);
            post.accept(POST_ROUTES.get(1), check::api);
            get.accept("/check", check::page);
            post.accept("/check", check::page);
            get.accept("/", ConsistentReads.of(store::lastChanged, dashboard::render));
            get.accept("/assets/{name}", dashboard::asset);
            ChartRoute charts = new ChartRoute(store, reads);
            get.accept("/chart/{file}", ConsistentReads.of(store::lastChanged, charts::chart));
            // browsers ask for it on pages without an icon link (the brief, saved files): no icon, no error
            get.accept(
                    "/favicon.ico", ctx -> ctx.status(HttpStatus.NO_CONTENT).header("Cache-Control", "max-age=86400"));
            get.accept("/docs", dashboard::docs);
            config.events.serverStopped(gate::close);
            config.routes.exception(ServerBusyException.class, (e, ctx) -> {
                ctx.header("Retry-After", Integer.toString(e.retryAfterSeconds()));
                Problem.send(ctx, HttpStatus.SERVICE_UNAVAILABLE, e);
            });
            config.routes.exception(
                    CancellationException.class, (e, ctx) -> Problem.send(ctx, HttpStatus.SERVICE_UNAVAILABLE, e));
            config.routes.exception(
                    HttpResponseException.class,
                    (e, ctx) -> Problem.write(ctx, HttpStatus.forStatus(e.getStatus()), e.getMessage()));
            config.routes.exception(NotFoundException.class, (e, ctx) -> Problem.send(ctx, HttpStatus.NOT_FOUND, e));
            config.routes.exception(
                    IllegalArgumentException.class, (e, ctx) -> Problem.send(ctx, HttpStatus.BAD_REQUEST, e));
            config.routes.exception(IngestException.class, (e, ctx) -> Problem.send(ctx, HttpStatus.BAD_REQUEST, e));
            config.routes.exception(Exception.class, (e, ctx) -> Problem.unexpected(ctx, e));
            config.routes.error(404, ctx -> Problem.notFoundIfEmpty(ctx));
            config.routes.error(405, ctx -> {
                String allow = allowed.allow(ctx.path());
                ctx.header("Allow", allow);
                Problem.write(
                        ctx,
                        HttpStatus.METHOD_NOT_ALLOWED,
                        ctx.method() + " is not allowed on " + ctx.path() + " (expected " + allow + ")");
            });
        });
    }
}
