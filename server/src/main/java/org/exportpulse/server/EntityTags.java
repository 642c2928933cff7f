package org.exportpulse.server;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import org.exportpulse.export.Sha256;

/**
 * Strong entity tags ({@code "<sha-256 prefix>"}, quoted as RFC 9110 requires) on GET bodies, and
 * 304 Not Modified when {@code If-None-Match} names the current tag (or {@code *}) or, without
 * {@code If-None-Match}, when {@code If-Modified-Since} is not before {@code Last-Modified}. Every
 * such answer may be cached but must be revalidated ({@value #CACHE_CONTROL}): the store can change
 * at any moment.
 */
final class EntityTags {

    /** The {@code Cache-Control} of every GET answer with a tag. */
    static final String CACHE_CONTROL = "public, no-cache";

    private EntityTags() {}

    /** Sends {@code body} with its tag, or 304 without a body when the client already has it. */
    static void send(Context ctx, String contentType, byte[] body) {
        send(ctx, contentType, body, tag(body));
    }

    /** Sends {@code body} with a tag computed before ({@link #tag}), as the response cache keeps it. */
    static void send(Context ctx, String contentType, byte[] body, String tag) {
        ctx.attribute(ResponseCache.BODY, body);
        ctx.attribute(ResponseCache.TYPE, contentType);
        ctx.attribute(ResponseCache.TAG, tag);
        ctx.header("ETag", tag);
        ctx.header("Cache-Control", CACHE_CONTROL);
        if (notModified(
                ctx.header("If-None-Match"),
                ctx.header("If-Modified-Since"),
                tag,
                ctx.res().getHeader("Last-Modified"))) {
            ctx.status(HttpStatus.NOT_MODIFIED);
            return;
        }
        ctx.contentType(contentType).result(body);
    }

    /**
     * Whether a client holding what its conditional headers describe already has the answer tagged
     * {@code tag} and last modified at {@code lastModified} (an HTTP date, or {@code null}).
     * {@code If-None-Match} decides when present; an unparsable {@code If-Modified-Since} is ignored.
     */
    static boolean notModified(String ifNoneMatch, String ifModifiedSince, String tag, String lastModified) {
        if (ifNoneMatch != null) {
            return matches(ifNoneMatch, tag);
        }
        if (ifModifiedSince == null || lastModified == null) {
            return false;
        }
        try {
            ZonedDateTime since = ZonedDateTime.parse(ifModifiedSince.strip(), DateTimeFormatter.RFC_1123_DATE_TIME);
            ZonedDateTime modified = ZonedDateTime.parse(lastModified, DateTimeFormatter.RFC_1123_DATE_TIME);
            return !modified.toInstant().isAfter(since.toInstant());
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** The quoted strong tag of a body: the first 16 bytes of its SHA-256, in hex. */
    static String tag(byte[] body) {
        return "\"" + HexFormat.of().formatHex(Sha256.of(body), 0, 16) + "\"";
    }

    /** Whether an {@code If-None-Match} value names {@code tag} (strong or weak) or is {@code *}. */
    static boolean matches(String ifNoneMatch, String tag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String c = candidate.strip();
            if (c.equals("*") || c.equals(tag) || c.equals("W/" + tag)) {
                return true;
            }
        }
        return false;
    }
}
