package org.exportpulse.server;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Successful GET bodies kept in memory, keyed by the request and the store's last change. Every
 * request still asks the store when it last changed (one query), so an ingest through any instance
 * sharing the database makes every older entry unreachable: nothing is served that another instance
 * could have changed.
 */
final class ResponseCache {

    /** Entries kept at most; the least recently used go first. */
    static final int CAPACITY = 2_000;

    static final String LAST_CHANGED = "pulse.lastChanged";
    static final String BODY = "pulse.body";
    static final String TYPE = "pulse.type";
    static final String TAG = "pulse.tag";

    /** A kept body with its entity tag, computed once when it is kept. */
    private record Entry(String contentType, byte[] body, String tag) {}

    private final Map<String, Entry> entries = new LinkedHashMap<>(256, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
            return size() > CAPACITY;
        }
    };

    /** {@code handler}, answered from the cache when the same request met the same store state before. */
    Handler around(Handler handler) {
        return ctx -> {
            String key = key(ctx);
            Entry hit;
            synchronized (entries) {
                hit = entries.get(key);
            }
            if (hit != null) {
                EntityTags.send(ctx, hit.contentType(), hit.body(), hit.tag());
                return;
            }
            handler.handle(ctx);
            byte[] body = ctx.attribute(BODY);
            if (body != null && ctx.status() == HttpStatus.OK) {
                synchronized (entries) {
                    entries.put(key, new Entry(ctx.attribute(TYPE), body, ctx.attribute(TAG)));
                }
            }
        };
    }

    private static String key(Context ctx) {
        Optional<Instant> changed = ctx.attribute(LAST_CHANGED);
        return ctx.path() + "?" + (ctx.queryString() == null ? "" : ctx.queryString()) + "@"
                + (changed == null ? "never" : changed.map(Instant::toString).orElse("never"));
    }
}
