package org.exportpulse.brief;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.UncheckedIOException;
import java.util.List;
import org.exportpulse.brief.compose.Brief;
import org.exportpulse.brief.compose.BriefNumber;
import org.exportpulse.brief.compose.BriefSection;
import org.exportpulse.brief.compose.Part;

/**
 * The brief as Markdown: numbers with footnotes ({@code [^3]}), charts as links to the PNG files
 * written beside it ({@code monthly.png}, with an SVG twin), the notes, and the machine-readable
 * list of numbers as a fenced JSON block.
 */
public final class MarkdownBrief {

    private MarkdownBrief() {}

    /**
     * @param chartPrefix prefix of the chart files' names ({@code brief-2025-12-}), as written beside the Markdown
     */
    public static String markdown(Brief brief, List<ChartImage> charts, String chartPrefix) {
        StringBuilder b = new StringBuilder(16_384);
        b.append("# ")
                .append(brief.title())
                .append("\n\n")
                .append("_ExportPulse monthly brief. Every number has a note giving the stored values it comes from:")
                .append(" series, period, release and source._\n");
        Prose prose = new Prose(brief);
        for (BriefSection s : brief.sections()) {
            b.append("\n## ").append(s.title()).append("\n\n");
            for (List<Part> paragraph : s.paragraphs()) {
                b.append(prose.paragraph(paragraph, MarkdownBrief::escape, MarkdownBrief::number))
                        .append("\n\n");
            }
            String chart = HtmlBrief.CHART_AFTER.get(s.id());
            charts.stream()
                    .filter(c -> c.name().equals(chart))
                    .findFirst()
                    .ifPresent(c -> b.append("![")
                            .append(c.caption())
                            .append("](")
                            .append(chartPrefix)
                            .append(c.name())
                            .append(".png)\n\n"));
        }
        b.append("## Notes\n\n");
        Footnote notes = Footnote.of(brief);
        List<BriefNumber> all = brief.numbers();
        for (int i = 0; i < all.size(); i++) {
            b.append("[^")
                    .append(i + 1)
                    .append("]: ")
                    .append(notes.text(all.get(i)))
                    .append('\n');
        }
        b.append("\n## Sources\n\n");
        for (Footnote.Source s : notes.sources()) {
            b.append("- ").append(Footnote.text(s)).append('\n');
        }
        b.append("\n## Numbers (machine-readable)\n\n```json\n")
                .append(json(brief))
                .append("\n```\n");
        return b.toString();
    }

    private static String number(BriefNumber n, int i) {
        return escape(NumberText.of(n)) + "[^" + i + "]";
    }

    /** Escapes the characters Markdown would read as markup. */
    static String escape(String s) {
        return s.replace("\\", "\\\\")
                .replace("*", "\\*")
                .replace("_", "\\_")
                .replace("[", "\\[")
                .replace("]", "\\]")
                .replace("$", "\\$");
    }

    private static String json(Brief brief) {
        try {
            return new ObjectMapper()
                    .enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(NumbersBlock.of(brief));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
