package org.exportpulse.server;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

/** Errors as RFC 9457 problem details ({@code application/problem+json}). */
final class Problem {

    static final String CONTENT_TYPE = "application/problem+json";

    /** Request attribute set once an error has been described, as JSON or as a page. */
    static final String DESCRIBED = "pulse.problemDescribed";

    private Problem() {}

    static void send(Context ctx, HttpStatus status, Exception e) {
        write(ctx, status, e.getMessage() == null ? status.getMessage() : e.getMessage());
    }

    /** An unexpected failure: a generic detail, nothing of the internals. */
    static void unexpected(Context ctx, Exception e) {
        write(
                ctx,
                HttpStatus.INTERNAL_SERVER_ERROR,
                "unexpected failure (" + e.getClass().getSimpleName() + ")");
    }

    /** Javalin's own 404 (no route) as a problem; a 404 a handler already described is left alone. */
    static void notFoundIfEmpty(Context ctx) {
        if (ctx.attribute(DESCRIBED) == null) {
            write(ctx, HttpStatus.NOT_FOUND, "no such resource: " + ctx.path());
        }
    }

    /** The problem as JSON; for a browser opening a page ({@link ErrorPage#wanted}), as an HTML page. */
    static void write(Context ctx, HttpStatus status, String detail) {
        ctx.attribute(DESCRIBED, Boolean.TRUE);
        if (ErrorPage.wanted(ctx)) {
            ErrorPage.write(ctx, status, detail, "");
            return;
        }
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("type", "about:blank");
        body.put("title", status.getMessage());
        body.put("status", status.getCode());
        body.put("detail", detail);
        body.put("instance", ctx.path());
        ctx.status(status).contentType(CONTENT_TYPE).result(body.toString());
    }
}
