package org.exportpulse.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.exportpulse.brief.compose.Brief;
import org.exportpulse.brief.compose.BriefKernel;
import org.exportpulse.brief.compose.BriefSpec;
import org.exportpulse.core.engine.Engines;
import org.exportpulse.core.series.Frequency;
import org.exportpulse.core.series.Unit;
import org.exportpulse.core.series.VintageSource;
import org.exportpulse.core.testkit.InMemorySource;
import org.exportpulse.core.time.FiscalCalendar;
import org.exportpulse.core.time.Period;
import org.exportpulse.forecast.Ets;
import org.exportpulse.forecast.Forecasters;
import org.junit.jupiter.api.Test;

/** The HTML and Markdown writers: every number written once, footnoted, and in the machine-readable block. */
class BriefWritersTest {

    private static final String IT = "xx.ict.exports";

    private static Brief brief() {
        InMemorySource data = new InMemorySource()
                .monthly(IT, Unit.USD_MILLION, "")
                .values(IT, "2024-01", 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111)
                .values(IT, "2025-01", 120, 121, 122, 123, 124, 125, 126, 127, 128, 129, 130, 131, 125)
                .add(IT + ".fy", Unit.USD_MILLION, Frequency.FISCAL_YEAR, "")
                .value(IT + ".fy", Period.parse("FY2025", FiscalCalendar.JULY_TO_JUNE), "1400");
        return BriefKernel.of(data, VintageSource.none(), List.of(), Engines.of(Forecasters.coreOnly(), new Ets()))
                .compute(BriefSpec.alone(IT, YearMonth.of(2025, 12)));
    }

    private static int count(Pattern p, String text) {
        Matcher m = p.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    @Test
    void html_marks_every_number_with_its_key_and_a_footnote() {
        Brief b = brief();
        String html = HtmlBrief.html(b);
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<title>" + HtmlBrief.escape(b.title()));
        assertThat(count(Pattern.compile("<span class=\"num\""), html))
                .isEqualTo(b.numbers().size());
        for (var n : b.numbers()) {
            assertThat(html).contains("data-key=\"" + n.key() + "\"");
        }
        assertThat(html).contains("<script type=\"application/json\" id=\"brief-numbers\">");
        assertThat(html).doesNotContain("<script src=");
    }

    @Test
    void markdown_footnotes_every_number_and_escapes_its_text() {
        Brief b = brief();
        String md = MarkdownBrief.markdown(b, List.of(), "charts/");
        assertThat(md).startsWith("# " + b.title());
        for (int i = 1; i <= b.numbers().size(); i++) {
            assertThat(md).contains("[^" + i + "]: ");
        }
        assertThat(md).contains("```json");
        assertThat(MarkdownBrief.escape("a*b_c[d]")).isEqualTo("a\\*b\\_c\\[d\\]");
    }

    @Test
    void notes_point_into_one_list_of_sources_each_listed_once() {
        Brief b = brief();
        String html = HtmlBrief.html(b);
        Matcher cited = Pattern.compile("href=\"#src-(\\d+)\"").matcher(html);
        int citations = 0;
        while (cited.find()) {
            citations++;
            assertThat(html).contains("<li id=\"src-" + cited.group(1) + "\">S" + cited.group(1) + ". ");
        }
        assertThat(citations).isPositive();
        String source = "https://example.org/" + IT + "/2025-12";
        assertThat(count(Pattern.compile(Pattern.quote("href=\"" + source + "\"")), html))
                .as("a source's address is written once, in the list, however many numbers use it")
                .isEqualTo(1);
        String md = MarkdownBrief.markdown(b, List.of(), "charts/");
        assertThat(md).contains("## Sources", "- S1. https://example.org/").contains("[S1]");
        assertThat(count(Pattern.compile(Pattern.quote(source + " ")), md)
                        + count(Pattern.compile(Pattern.quote(source + "\n")), md))
                .isEqualTo(1);
    }

    @Test
    void a_number_in_parentheses_never_leaves_its_bracket_at_a_line_end() {
        String html = HtmlBrief.html(brief());
        int bracketed = count(Pattern.compile(Pattern.quote("(<span class=\"num\"")), html);
        assertThat(bracketed).isPositive();
        assertThat(count(Pattern.compile(Pattern.quote("<span class=\"nobr\">(<span class=\"num\"")), html))
                .isEqualTo(bracketed);
        assertThat(html).contains(".num{font-weight:bold;white-space:nowrap}");
    }

    @Test
    void the_pdf_is_tagged_with_its_title_and_language() throws Exception {
        Brief b = brief();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        PdfBrief.write(b, out);
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(out.toByteArray())) {
            var catalog = pdf.getDocumentCatalog();
            assertThat(catalog.getStructureTreeRoot()).as("a structure tree").isNotNull();
            assertThat(catalog.getMarkInfo()).isNotNull();
            assertThat(catalog.getMarkInfo().isMarked()).isTrue();
            assertThat(catalog.getLanguage()).isEqualTo("en");
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo(b.title());
        }
    }
}
