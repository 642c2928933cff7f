package org.exportpulse.brief;

import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.exportpulse.brief.compose.Brief;
import org.exportpulse.brief.compose.BriefNumber;
import org.exportpulse.brief.compose.BriefSection;
import org.exportpulse.brief.compose.Part;
import org.exportpulse.export.HtmlText;

/**
 * The brief as one self-contained HTML document (well-formed XHTML, so the PDF renderer reads the
 * same text): sections, charts inlined (SVG for screens; PNG for the PDF), every number a {@code
 * span.num} with {@code data-key} and {@code data-value} and a footnote to its stored values, and a
 * machine-readable {@code script#brief-numbers} block (not in the PDF).
 */
public final class HtmlBrief {

    /** Which section each chart follows. */
    static final Map<String, String> CHART_AFTER = Map.of(
            "headline", "monthly", "fiscal-year", "fytd", "weight", "share", "peers", "peers", "outlook", "forecast");

    private HtmlBrief() {}

    public static String html(Brief brief) {
        return document(brief, false);
    }

    static String forPdf(Brief brief) {
        return document(brief, true);
    }

    private static String document(Brief brief, boolean pdf) {
        List<ChartImage> charts = BriefChartFactory.charts(brief.charts());
        StringBuilder b = new StringBuilder(32_768);
        b.append(
                        "<!DOCTYPE html>\n<html lang=\"en\" xmlns=\"http://www.w3.org/1999/xhtml\"><head><meta charset=\"utf-8\"/>"
                                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>")
                .append("<title>")
                .append(escape(brief.title()))
                .append("</title><style>")
                .append(BriefStyle.css(brief, pdf))
                .append("</style></head><body><header><h1>")
                .append(escape(brief.title()))
                .append("</h1>")
                .append(
                        "<p class=\"meta\">ExportPulse monthly brief. Every number links to the stored values it comes from;")
                .append(" the notes give series, period, release and source.</p></header>");
        Prose prose = new Prose(brief);
        for (BriefSection s : brief.sections()) {
            b.append("<section id=\"")
                    .append(s.id())
                    .append("\"><h2>")
                    .append(escape(s.title()))
                    .append("</h2>");
            for (List<Part> paragraph : s.paragraphs()) {
                b.append("<p>")
                        .append(glued(prose.paragraph(paragraph, HtmlBrief::escape, HtmlBrief::number)))
                        .append("</p>");
            }
            String chart = CHART_AFTER.get(s.id());
            charts.stream().filter(c -> c.name().equals(chart)).findFirst().ifPresent(c -> figure(b, c, pdf));
            b.append("</section>");
        }
        notes(b, brief);
        if (!pdf) {
            b.append("<script type=\"application/json\" id=\"brief-numbers\">")
                    .append(NumbersBlock.of(brief)
                            .toString()
                            .replace("</", "<\\/")
                            .replace("&", "\\u0026"))
                    .append("</script>");
        }
        return b.append("</body></html>\n").toString();
    }

    private static String number(BriefNumber n, int i) {
        return "<span class=\"num\" id=\"num-" + i + "\" data-key=\"" + escape(n.key()) + "\" data-value=\""
                + n.value().toPlainString() + "\">" + escape(NumberText.of(n))
                + "</span><sup class=\"fn\"><a href=\"#fn-"
                + i + "\">" + i + "</a></sup>";
    }

    private static void figure(StringBuilder b, ChartImage c, boolean pdf) {
        b.append("<figure id=\"chart-").append(c.name()).append("\">");
        if (pdf) {
            b.append("<img alt=\"")
                    .append(escape(c.caption()))
                    .append("\" style=\"width:")
                    .append(c.width() * 0.75)
                    .append("pt\" src=\"data:image/png;base64,")
                    .append(Base64.getEncoder().encodeToString(c.png()))
                    .append("\"/>");
        } else {
            String svg = c.svg();
            b.append("<div class=\"chart\" role=\"img\" aria-label=\"")
                    .append(escape(c.caption()))
                    .append("\">")
                    .append(svg.substring(svg.indexOf("<svg")))
                    .append("</div>");
        }
        b.append("<figcaption>").append(escape(c.caption())).append("</figcaption></figure>");
    }

    /** The notes, each pointing into the one list of sources that follows them. */
    private static void notes(StringBuilder b, Brief brief) {
        Footnote notes = Footnote.of(brief);
        b.append("<section id=\"notes\"><h2>Notes: where each number comes from</h2><ol class=\"footnotes\">");
        List<BriefNumber> all = brief.numbers();
        for (int i = 0; i < all.size(); i++) {
            b.append("<li id=\"fn-").append(i + 1).append("\">");
            for (Object part : notes.parts(all.get(i))) {
                if (part instanceof Integer n) {
                    b.append("<a class=\"src\" href=\"#src-")
                            .append(n)
                            .append("\">[S")
                            .append(n)
                            .append("]</a>");
                } else {
                    b.append(ids(escape((String) part)));
                }
            }
            b.append("</li>");
        }
        b.append("</ol></section><section id=\"sources\"><h2>Sources</h2><ol class=\"sources\">");
        for (Footnote.Source s : notes.sources()) {
            b.append("<li id=\"src-")
                    .append(s.number())
                    .append("\">S")
                    .append(s.number())
                    .append(". ");
            if (s.address().startsWith("https://") || s.address().startsWith("http://")) {
                b.append("<a href=\"")
                        .append(escape(s.address()))
                        .append("\">")
                        .append(escape(s.address()))
                        .append("</a>");
            } else {
                b.append(escape(s.address()));
            }
            b.append(s.publicBy() == null ? "" : " (public by " + s.publicBy() + ")")
                    .append("</li>");
        }
        b.append("</ol></section>");
    }

    /** Series ids and periods kept whole on a line ({@code pk.ict.exports 2025-12}). */
    private static String ids(String escaped) {
        return escaped.replaceAll("\\b([a-z]{2,}(?:\\.[a-z0-9_]+)+)\\b", "<span class=\"nobr\">$1</span>");
    }

    /** A number in parentheses stays on one line with them: no line starts with a lone "(". */
    static String glued(String paragraph) {
        return paragraph.replaceAll(
                "\\((<span class=\"num\"[^>]*>[^<]*</span><sup class=\"fn\"><a[^>]*>\\d+</a></sup>)(\\)?)",
                "<span class=\"nobr\">($1$2</span>");
    }

    static String escape(String s) {
        return HtmlText.escape(s);
    }
}
