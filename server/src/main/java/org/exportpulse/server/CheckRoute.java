package org.exportpulse.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import org.exportpulse.bundle.BundledData;
import org.exportpulse.check.CheckReport;
import org.exportpulse.check.ClaimChecker;
import org.exportpulse.check.SubjectLexicon;
import org.exportpulse.core.derive.DerivedMonthsSource;
import org.exportpulse.export.CheckHtml;
import org.exportpulse.export.CheckJson;
import org.exportpulse.formats.NamedInput;
import org.exportpulse.formats.csv.Utf8;
import org.exportpulse.store.SeriesStore;

/**
 * The claim checker over HTTP: {@code POST /api/check} (text in, claims out, as {@code pulse check
 * --format json}) and the page {@code /check}, where an article pasted into a form comes back
 * marked up. Reads only; no token needed.
 */
final class CheckRoute {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final SeriesStore store;
    private final SubjectLexicon lexicon = BundledData.subjectLexicon();

    CheckRoute(SeriesStore store) {
        this.store = store;
    }

    /**
     * {@code POST /api/check[?date=YYYY-MM-DD][&format=json|html]}: the body is the article as UTF-8
     * text, or JSON {@code {"text": "…", "date": "…"}} with {@code Content-Type: application/json}.
     */
    void api(Context ctx) throws IOException {
        if (tooLarge(ctx)) {
            return;
        }
        String text;
        String date = ctx.queryParam("date");
        if (String.valueOf(ctx.contentType()).startsWith("application/json")) {
            JsonNode body = readJson(ctx.bodyAsBytes());
            if (!body.path("text").isTextual()) {
                throw new IllegalArgumentException(
                        "body: text: missing (expected {\"text\": \"…\", \"date\": \"YYYY-MM-DD\"})");
            }
            text = body.get("text").asText();
            date = body.hasNonNull("date") ? body.get("date").asText() : date;
        } else {
            text = utf8(ctx.bodyAsBytes());
        }
        CheckReport report = check(text, date);
        if ("html".equals(ctx.queryParam("format"))) {
            ctx.contentType("text/html; charset=utf-8").result(CheckHtml.fragment(report));
        } else {
            ctx.contentType("application/json").result(CheckJson.of(report).toString());
        }
    }

    /** {@code GET /check}: the form; {@code POST /check}: the form and the marked-up article. */
    void page(Context ctx) {
        String text = ctx.method().name().equals("POST") ? ctx.formParam("text") : null;
        String date = ctx.method().name().equals("POST") ? ctx.formParam("date") : null;
        String result = text == null
                ? ""
                : "<section class=\"check-result\" aria-label=\"Verdicts\">" + CheckHtml.fragment(check(text, date))
                        + "</section>";
        ctx.contentType("text/html; charset=utf-8").result(CheckPage.render(text, date, result));
    }

    private CheckReport check(String text, String date) {
        ClaimChecker checker = ClaimChecker.of(DerivedMonthsSource.over(store), store::vintages, lexicon);
        return checker.check(text, Dates.parse("date", date));
    }

    private static boolean tooLarge(Context ctx) {
        long length = ctx.req().getContentLengthLong();
        if (length > PulseServer.MAX_REQUEST_BYTES) {
            Problem.write(
                    ctx,
                    HttpStatus.CONTENT_TOO_LARGE,
                    "the body has " + length + " bytes; the limit is " + PulseServer.MAX_REQUEST_BYTES);
            return true;
        }
        return false;
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
