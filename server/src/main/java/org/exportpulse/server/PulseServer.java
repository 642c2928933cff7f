package org.exportpulse.server;

import io.javalin.Javalin;
import io.javalin.http.HttpStatus;
import org.exportpulse.core.series.NotFoundException;
import org.exportpulse.formats.IngestException;
import org.exportpulse.store.SeriesStore;

/**
 * The HTTP server: the JSON API under {@code /api}, wired in one configuration. Stateless apart from
 * the store it is given, so several instances can share one PostgreSQL database. Every GET response
 * carries an {@code ETag} (and {@code If-None-Match} gives 304) and {@code Last-Modified}; every
 * error is {@code application/problem+json}.
 */
public final class PulseServer {

    /** Largest request body accepted, in bytes. */
    public static final long MAX_REQUEST_BYTES = 10L * 1024 * 1024;

    private PulseServer() {}

    /** A server on {@code store}, not yet started. */
    public static Javalin create(SeriesStore store) {
        ApiRoutes api = new ApiRoutes(store);
        return Javalin.create(config -> {
            config.http.generateEtags = true;
            config.http.maxRequestSize = MAX_REQUEST_BYTES;
            config.startup.showJavalinBanner = false;
            config.routes.before("/api/*", api::lastModified);
            api.getRoutes().forEach(config.routes::get);
            config.routes.exception(NotFoundException.class, (e, ctx) -> Problem.send(ctx, HttpStatus.NOT_FOUND, e));
            config.routes.exception(
                    IllegalArgumentException.class, (e, ctx) -> Problem.send(ctx, HttpStatus.BAD_REQUEST, e));
            config.routes.exception(IngestException.class, (e, ctx) -> Problem.send(ctx, HttpStatus.BAD_REQUEST, e));
            config.routes.exception(Exception.class, (e, ctx) -> Problem.unexpected(ctx, e));
            config.routes.error(404, ctx -> Problem.notFoundIfEmpty(ctx));
        });
    }
}
