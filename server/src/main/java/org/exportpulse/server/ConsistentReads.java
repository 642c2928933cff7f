package org.exportpulse.server;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Makes a GET answer read one state of the store. An answer is built from several queries; a commit
 * between them would mix values from before and after it. Writers move the store's last change at
 * commit, so an answer whose last change is the same after as before saw no commit: it is sent. One
 * that saw a commit is built again, up to {@value #TRIES} times; then the request gets 503 with
 * {@code Retry-After} rather than a torn answer.
 */
final class ConsistentReads {

    /** Builds of one answer before giving up. */
    static final int TRIES = 5;

    private ConsistentReads() {}

    static Handler of(Supplier<Optional<Instant>> lastChanged, Handler handler) {
        return ctx -> {
            Optional<Instant> before = ctx.attribute(ResponseCache.LAST_CHANGED);
            if (before == null) {
                before = lastChanged.get();
            }
            for (int i = 0; i < TRIES; i++) {
                handler.handle(ctx);
                Optional<Instant> after = lastChanged.get();
                if (after.equals(before)) {
                    return;
                }
                before = after;
                restart(ctx, after);
            }
            throw new ServerBusyException(
                    "the store changed while this answer was read, " + TRIES + " times in a row (try again in a"
                            + " second)",
                    1);
        };
    }

    private static void restart(Context ctx, Optional<Instant> changed) {
        ctx.attribute(ResponseCache.LAST_CHANGED, changed);
        ctx.attribute(ResponseCache.BODY, null);
        ctx.status(200);
        if (ctx.res().containsHeader("Last-Modified")) {
            changed.ifPresent(t -> ctx.header("Last-Modified", ResponseCache.httpDate(t)));
        }
    }
}
