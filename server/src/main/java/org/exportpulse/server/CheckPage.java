package org.exportpulse.server;

import org.exportpulse.export.HtmlText;

/** The "check an article" page: a form for the text and its date, and the verdicts below it. */
final class CheckPage {

    private CheckPage() {}

    /**
     * @param text the article last submitted, or {@code null}
     * @param date its date as submitted, or {@code null}
     * @param result the marked-up article and verdict table (already HTML), or empty
     * @param freshness the data's freshness line (already HTML), or empty
     */
    static String render(String text, String date, String result, String freshness) {
        return "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>ExportPulse — check an article</title><link rel=\"icon\" href=\"data:,\">"
                + "<link rel=\"stylesheet\" href=\"/assets/dashboard.css\"></head><body>"
                + "<header><h1>ExportPulse</h1><p>Check the numbers in an article against the data</p>"
                + "<nav><a href=\"/\">Dashboard</a> · <a href=\"/brief\">Monthly brief</a> · <a href=\"/docs\">API</a>"
                + "</nav></header><main>"
                + freshness
                + "<form method=\"post\" action=\"/check\" class=\"check-form\">"
                + "<label for=\"text\">Article text (plain text or pasted HTML)</label>"
                + "<textarea id=\"text\" name=\"text\" rows=\"12\" required>"
                + HtmlText.escape(text == null ? "" : text)
                + "</textarea><label for=\"date\">Article date</label>"
                + "<input id=\"date\" name=\"date\" type=\"date\" value=\"" + HtmlText.escape(date == null ? "" : date)
                + "\">"
                + "<button type=\"submit\" id=\"check\">Check</button>"
                + "<p class=\"hint\">Without a date, the first full date in the text is used, else the latest month of"
                + " data. Each number found is highlighted and labelled with its verdict; hover or focus it for the"
                + " reason, or read the table below, which lists each with its source.</p></form>"
                + result
                + "<p class=\"legend\"><mark class=\"claim supported\">supported</mark> <mark class=\"claim approximate\">"
                + "approximate</mark> <mark class=\"claim contradicted\">contradicted</mark> <mark class=\"claim"
                + " inconsistent\">inconsistent</mark> <mark class=\"claim unverifiable\">unverifiable</mark></p>"
                + "</main></body></html>";
    }
}
