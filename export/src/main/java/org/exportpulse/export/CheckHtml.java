package org.exportpulse.export;

import java.util.List;
import org.exportpulse.check.CheckReport;
import org.exportpulse.check.CheckedClaim;
import org.exportpulse.check.Verdict;

/**
 * A {@link CheckReport} as HTML: a summary line, the article with each claim highlighted in its
 * verdict's colour and labelled with its number and verdict in words (readable without hovering, on
 * a touch screen, and without colour), its explanation on hover and focus, then a table of verdicts
 * that stacks into one block per claim on a narrow screen. {@link #fragment} is what the
 * dashboard embeds; {@link #page} a standalone document with its own style. Every text is escaped.
 */
public final class CheckHtml {

    private static final String STYLE =
            "body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1b1f24}"
                    + ".article{white-space:pre-wrap;border:1px solid #d0d7de;border-radius:6px;padding:1rem}"
                    + "mark.claim{border-radius:3px;padding:0 2px;cursor:help}"
                    + "mark.supported{background:#d3f4dc}mark.approximate{background:#fff1c2}"
                    + "mark.contradicted{background:#ffd6d6;outline:1px solid #c62828}mark.inconsistent{background:#f5d0f5;outline:1px solid #8e24aa}"
                    + "mark.unverifiable{background:#e6e8eb}"
                    + "table.claims{border-collapse:collapse;width:100%;margin-top:1rem}table.claims td,table.claims th{border-bottom:1px solid #d0d7de;"
                    + "padding:.3rem .5rem;text-align:left;vertical-align:top}.verdict{font-weight:600;white-space:nowrap}"
                    + ".tag{font-size:.75em;font-weight:600;margin-left:.2em;white-space:nowrap}"
                    + "@media (max-width:40rem){table.claims thead{display:none}table.claims tr,table.claims td{display:block}"
                    + "table.claims tr{border-bottom:2px solid #d0d7de;padding:.4rem 0}table.claims td{border:0;padding:.1rem .3rem}"
                    + "table.claims td::before{content:attr(data-label) \": \";font-weight:600}}";

    private CheckHtml() {}

    /** A standalone HTML document. */
    public static String page(CheckReport report) {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>ExportPulse claim check</title>"
                + "<style>" + STYLE + "</style></head><body><h1>Claim check</h1>" + fragment(report) + "</body></html>";
    }

    /** The article with highlights and the verdict table, for embedding. */
    public static String fragment(CheckReport report) {
        StringBuilder b = new StringBuilder();
        b.append("<p class=\"check-summary\" role=\"status\">")
                .append(escape(summary(report)))
                .append("</p>");
        b.append("<p class=\"check-date\">Article date: ")
                .append(escape(report.dateAssumed()))
                .append("</p><div class=\"article\">");
        int at = 0;
        List<CheckedClaim> claims = report.claims();
        for (int i = 0; i < claims.size(); i++) {
            CheckedClaim c = claims.get(i);
            if (c.start() < at) {
                continue;
            }
            b.append(escape(report.text().substring(at, c.start())))
                    .append("<mark class=\"claim ")
                    .append(c.verdict().code())
                    .append("\" tabindex=\"0\" id=\"claim-")
                    .append(i + 1)
                    .append("\" title=\"")
                    .append(escape(c.verdict().code() + ": " + c.explanation()))
                    .append("\">")
                    .append(escape(c.text()))
                    .append("<span class=\"tag\">")
                    .append(SYMBOLS[c.verdict().ordinal()])
                    .append(' ')
                    .append(i + 1)
                    .append(' ')
                    .append(c.verdict().code())
                    .append("</span></mark>");
            at = c.end();
        }
        b.append(escape(report.text().substring(at))).append("</div>");
        return b.append(table(claims)).toString();
    }

    /** Marks beside the verdict words, in {@link Verdict} order, so no verdict is told by colour alone. */
    private static final String[] SYMBOLS = {"✓", "≈", "✗", "≠", "?"};

    /**
     * {@code 12 numbers checked: 7 supported, 2 approximate, 2 contradicted, 1 inconsistent.} —
     * verdicts with no claim left out; {@code No numbers found to check.} for none.
     */
    public static String summary(CheckReport report) {
        if (report.claims().isEmpty()) {
            return "No numbers found to check.";
        }
        StringBuilder s = new StringBuilder()
                .append(report.claims().size())
                .append(report.claims().size() == 1 ? " number checked: " : " numbers checked: ");
        String sep = "";
        for (Verdict v : Verdict.values()) {
            long n = report.count(v);
            if (n > 0) {
                s.append(sep).append(n).append(' ').append(v.code());
                sep = ", ";
            }
        }
        long errors =
                report.claims().stream().filter(c -> c.verdict().flagsError()).count();
        return s.append(
                        errors == 0
                                ? ". No error found."
                                : ". " + errors + (errors == 1 ? " error" : " errors") + " to correct.")
                .toString();
    }

    private static String table(List<CheckedClaim> claims) {
        StringBuilder b =
                new StringBuilder("<table class=\"claims\"><thead><tr><th>#</th><th>Claim</th><th>Verdict</th>"
                        + "<th>Series, period</th><th>Claimed</th><th>Data</th><th>Why</th></tr></thead><tbody>");
        for (int i = 0; i < claims.size(); i++) {
            CheckedClaim c = claims.get(i);
            b.append("<tr class=\"")
                    .append(c.verdict().code())
                    .append("\"><td data-label=\"#\"><a href=\"#claim-")
                    .append(i + 1)
                    .append("\">")
                    .append(i + 1)
                    .append("</a></td><td data-label=\"Claim\">")
                    .append(escape(c.text()))
                    .append("</td><td data-label=\"Verdict\" class=\"verdict\">")
                    .append(SYMBOLS[c.verdict().ordinal()])
                    .append(' ')
                    .append(c.verdict().code())
                    .append("</td><td data-label=\"Series, period\">")
                    .append(escape(c.series() == null ? "–" : c.series()))
                    .append(c.period() == null ? "" : " " + escape(c.period().code()))
                    .append("</td><td data-label=\"Claimed\">")
                    .append(number(c.claimed()))
                    .append("</td><td data-label=\"Data\">")
                    .append(number(c.actual()))
                    .append("</td><td data-label=\"Why\">")
                    .append(escape(c.explanation()));
            for (String s : c.sources()) {
                if (s.startsWith("https://") || s.startsWith("http://")) {
                    b.append(" <a rel=\"noopener\" href=\"").append(escape(s)).append("\">source</a>");
                } else {
                    b.append(" (source: ").append(escape(s)).append(")");
                }
            }
            b.append("</td></tr>");
        }
        return b.append("</tbody></table>").toString();
    }

    private static String number(java.math.BigDecimal v) {
        return v == null ? "–" : v.stripTrailingZeros().toPlainString();
    }

    static String escape(String s) {
        return HtmlText.escape(s);
    }
}
