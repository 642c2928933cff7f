package org.exportpulse.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import org.exportpulse.bundle.BundledData;
import org.exportpulse.check.CheckReport;
import org.exportpulse.check.ClaimChecker;
import org.exportpulse.check.SubjectLexicon;
import org.exportpulse.core.series.ObservationSource;
import org.exportpulse.core.series.VintageSource;
import org.exportpulse.export.CheckHtml;
import org.exportpulse.export.CheckJson;
import org.exportpulse.formats.NamedInput;
import org.exportpulse.formats.csv.Utf8;
import org.exportpulse.store.SeriesStore;

/**
 * The claim checker over HTTP: {@code POST /api/check} (text in, claims out, as {@code pulse check
 * --format json}) and the page {@code /check}, where an article pasted into a form comes back
 * marked up. Reads only; no token needed. Checks run within {@link CheckLimits}.
 */
final class CheckRoute {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final SeriesStore store;
    private final StoreReads reads;
    private final SubjectLexicon lexicon = BundledData.subjectLexicon();

    private final CheckGate gate;

    private final FreshnessNote freshness;
    private final String flagship;

    /**
     * @param freshness the line the page opens with
     * @param flagship the series whose freshness the page shows (the one articles are mostly about)
     */
    CheckRoute(SeriesStore store, StoreReads reads, CheckGate gate, FreshnessNote freshness, String flagship) {
        this.store = store;
        this.reads = reads;
        this.gate = gate;
        this.freshness = freshness;
        this.flagship = flagship;
    }

    /**
     * {@code POST /api/check[?date=YYYY-MM-DD][&format=json|html]}: the body is the article as UTF-8
     * text, or JSON {@code {"text": "…", "date": "…"}} with {@code Content-Type: application/json}.
     */
    void api(Context ctx) throws Exception {
        byte[] bytes = body(ctx);
        if (bytes == null) {
            return;
        }
        String text;
        String date = ctx.queryParam("date");
        if (String.valueOf(ctx.contentType()).startsWith("application/json")) {
            JsonNode body = readJson(bytes);
            if (!body.path("text").isTextual()) {
                throw new IllegalArgumentException(
                        "body: text: missing (expected {\"text\": \"…\", \"date\": \"YYYY-MM-DD\"})");
            }
            text = body.get("text").asText();
            date = body.hasNonNull("date") ? body.get("date").asText() : date;
        } else {
            text = utf8(bytes);
        }
        if (articleTooLong(ctx, text)) {
            return;
        }
        LocalDate day = Dates.parse("date", date);
        boolean html = "html".equals(ctx.queryParam("format"));
        ObservationSource values = reads.current(ctx);
        VintageSource vintages = reads.vintages(ctx);
        String answer = gate.run(
                () -> {
                    CheckReport report = check(values, vintages, text, day);
                    return html
                            ? CheckHtml.fragment(report)
                            : CheckJson.of(report).toString();
                },
                ClientGone.of(ctx));
        ctx.contentType(html ? "text/html; charset=utf-8" : "application/json").result(answer);
    }

    /** {@code GET /check}: the form; {@code POST /check}: the form and the marked-up article. */
    void page(Context ctx) throws Exception {
        String text = null;
        String date = null;
        if (ctx.method().name().equals("POST")) {
            byte[] bytes = body(ctx);
            if (bytes == null) {
                return;
            }
            Map<String, String> form = FormFields.decode(utf8(bytes));
            text = form.get("text");
            date = form.get("date");
        }
        String result = "";
        if (text != null) {
            if (articleTooLong(ctx, text)) {
                return;
            }
            String article = text;
            LocalDate day = Dates.parse("date", date);
            ObservationSource values = reads.current(ctx);
            VintageSource vintages = reads.vintages(ctx);
            result = "<section class=\"check-result\" aria-label=\"Verdicts\">"
                    + gate.run(() -> CheckHtml.fragment(check(values, vintages, article, day)), ClientGone.of(ctx))
                    + "</section>";
        }
        String note = store.series(flagship)
                .map(f -> freshness.html(reads.current(ctx), f.id(), f.title(), true, null))
                .orElse("");
        ctx.contentType("text/html; charset=utf-8").result(CheckPage.render(text, date, result, note));
    }

    /**
     * Checks {@code text} against {@code values}, the current values (derived months added) of one
     * state, and {@code vintages}, that state's stored vintages.
     */
    private CheckReport check(ObservationSource values, VintageSource vintages, String text, LocalDate date) {
        ClaimChecker checker = ClaimChecker.of(values, vintages, lexicon);
        return checker.check(text, date);
    }

    /**
     * The request body, at most three times the article limit (room for form and JSON escapes);
     * {@code null} after answering 413 for a longer one, whether or not it declared its length.
     */
    private byte[] body(Context ctx) throws IOException {
        long limit = 3 * gate.limits().maxBodyBytes();
        long declared = ctx.req().getContentLengthLong();
        if (declared > limit) {
            tooLarge(ctx, "the body has " + declared + " bytes; the limit is " + limit);
            return null;
        }
        byte[] bytes = ctx.req().getInputStream().readNBytes((int) limit + 1);
        if (bytes.length > limit) {
            tooLarge(ctx, "the body has more than " + limit + " bytes; the limit is " + limit);
            return null;
        }
        return bytes;
    }

    private boolean articleTooLong(Context ctx, String text) {
        long bytes = text.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > gate.limits().maxBodyBytes()) {
            tooLarge(
                    ctx,
                    "the article has " + bytes + " bytes of UTF-8; the limit is "
                            + gate.limits().maxBodyBytes() + " (check it in parts)");
            return true;
        }
        return false;
    }

    private static void tooLarge(Context ctx, String detail) {
        ctx.header("Connection", "close");
        Problem.write(ctx, HttpStatus.CONTENT_TOO_LARGE, detail);
    }

    private static JsonNode readJson(byte[] body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new IllegalArgumentException(
                    "body: not valid JSON (expected {\"text\": \"…\"}): " + e.getMessage(), e);
        }
    }

    /** The body as strict UTF-8, as files are read; a bad byte is reported with its line. */
    private static String utf8(byte[] body) throws IOException {
        return Utf8.decode(NamedInput.ofBytes("body", body));
    }
}
