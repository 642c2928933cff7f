package org.exportpulse.server;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.exportpulse.formats.Batch;
import org.exportpulse.formats.FileFormat;
import org.exportpulse.formats.IngestOptions;
import org.exportpulse.formats.Ingestion;
import org.exportpulse.formats.NamedInput;
import org.exportpulse.store.IngestReport;
import org.exportpulse.store.SeriesStore;

/**
 * {@code POST /api/ingest}: the body is one file, stored all or nothing as with {@code pulse ingest}.
 * Writes need {@code Authorization: Bearer <token>} matching the server's token (compared in
 * constant time); a server without a token is read-only.
 */
final class IngestRoute {

    private final SeriesStore store;
    private final byte[] token;
    private final Set<String> aggregates;
    private final Clock clock;

    /**
     * @param token the write token, or {@code null} for a read-only server
     * @param aggregates World Bank aggregate codes, for WDI files
     */
    IngestRoute(SeriesStore store, String token, Set<String> aggregates, Clock clock) {
        this.store = store;
        this.token = token == null || token.isBlank() ? null : token.getBytes(StandardCharsets.UTF_8);
        this.aggregates = Set.copyOf(aggregates);
        this.clock = clock;
    }

    void handle(Context ctx) throws IOException {
        if (!authorised(ctx)) {
            return;
        }
        long length = ctx.req().getContentLengthLong();
        if (length > PulseServer.MAX_REQUEST_BYTES) {
            Problem.write(
                    ctx,
                    HttpStatus.CONTENT_TOO_LARGE,
                    "the body has " + length + " bytes; the limit is " + PulseServer.MAX_REQUEST_BYTES);
            return;
        }
        String name = ctx.queryParam("name") == null ? "upload" : ctx.queryParam("name");
        String format = ctx.queryParam("format");
        IngestOptions options = new IngestOptions(
                format == null ? null : FileFormat.parse(format),
                ctx.queryParam("source"),
                Dates.parse("released", ctx.queryParam("released")),
                ctx.queryParam("series"),
                aggregates);
        Batch batch = Ingestion.read(List.of(NamedInput.ofBytes(name, ctx.bodyAsBytes())), options, store.allSeries());
        IngestReport report = store.ingest(batch, "HTTP upload " + name, clock.instant());
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("series_created", report.seriesCreated());
        body.put("series_updated", report.seriesUpdated());
        body.put("observations_added", report.observationsAdded());
        body.put("observations_unchanged", report.observationsUnchanged());
        ctx.contentType("application/json").result(body.toString());
    }

    private boolean authorised(Context ctx) {
        if (token == null) {
            Problem.write(
                    ctx,
                    HttpStatus.FORBIDDEN,
                    "this server is read-only (start it with PULSE_TOKEN set to allow" + " writes)");
            return false;
        }
        String header = ctx.header("Authorization");
        byte[] given = header != null && header.regionMatches(true, 0, "Bearer ", 0, "Bearer ".length())
                ? header.substring("Bearer ".length()).strip().getBytes(StandardCharsets.UTF_8)
                : new byte[0];
        if (!MessageDigest.isEqual(given, token)) {
            ctx.header("WWW-Authenticate", "Bearer");
            Problem.write(ctx, HttpStatus.UNAUTHORIZED, "writes need the header Authorization: Bearer <token>");
            return false;
        }
        return true;
    }
}
