package org.exportpulse.server;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Set;
import org.exportpulse.export.HtmlText;

/**
 * Errors of the pages people open in a browser ({@code /}, {@code /brief}, {@code /check}, a
 * mistyped address) as an HTML page with the reason and a way back, when the client accepts HTML;
 * the API ({@code /api/}), the assets, the feed and every other client get problem details. Every
 * text from input is escaped.
 */
final class ErrorPage {

    /** Paths whose errors are never pages: what programs read. */
    private static final Set<String> FOR_PROGRAMS = Set.of("/api/", "/assets/", "/feed.atom");

    private ErrorPage() {}

    /** Whether the error of this request is answered as HTML: not a path for programs, asked for by a browser. */
    static boolean wanted(Context ctx) {
        String accept = ctx.header("Accept");
        String path = ctx.path();
        return FOR_PROGRAMS.stream().noneMatch(path::startsWith) && accept != null && accept.contains("text/html");
    }

    /**
     * Sends the page.
     *
     * @param detail the reason, plain text (escaped here)
     * @param linksHtml further links as HTML list items (already escaped), or an empty string
     */
    static void write(Context ctx, HttpStatus status, String detail, String linksHtml) {
        ctx.attribute(Problem.DESCRIBED, Boolean.TRUE);
        String title = status.getCode() + " " + status.getMessage();
        ctx.status(status)
                .contentType("text/html; charset=utf-8")
                .result("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                        + "<title>" + title + " — ExportPulse</title><link rel=\"icon\" href=\"data:,\">"
                        + "<link rel=\"stylesheet\" href=\"/assets/dashboard.css\"></head><body>"
                        + "<header><h1>ExportPulse</h1><p>" + title + "</p></header><main>"
                        + "<p class=\"error\" role=\"alert\">" + HtmlText.escape(detail) + "</p><ul>" + linksHtml
                        + "<li><a href=\"/\">The latest figures</a></li>"
                        + "<li><a href=\"/docs\">The API and its documentation</a></li></ul></main></body></html>");
    }
}
