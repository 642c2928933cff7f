package org.exportpulse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.exportpulse.core.derive.DerivedMonthsSource;
import org.exportpulse.core.series.Observation;
import org.exportpulse.core.time.FiscalCalendar;
import org.exportpulse.core.time.Period;
import org.exportpulse.export.HtmlText;
import org.exportpulse.store.SeriesStore;
import org.exportpulse.store.jdbc.H2Location;
import org.exportpulse.store.jdbc.JdbcSeriesStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code pulse brief} on the bundled data: every number read back out of the HTML matches {@code
 * pulse figures} or the stored values its note names; the PDF's structure; the Markdown's files.
 */
class BriefCommandTest {

    private static final Pattern NUMBER = Pattern.compile(
            "<span class=\"num\" id=\"num-(\\d+)\" data-key=\"([^\"]+)\" data-value=\"([^\"]+)\">([^<]+)</span>");

    @TempDir
    Path home;

    @TempDir
    Path out;

    private String html() throws Exception {
        Path file = out.resolve("brief.html");
        PulseRun run = PulseRun.in(home, "brief", "--period", "2025-12", "--format", "html", "-o", file.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Wrote " + file);
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    @Test
    void every_headline_number_in_the_html_matches_pulse_figures() throws Exception {
        String html = html();
        JsonNode figures = PulseRun.json(home, "figures", "pk.ict.exports", "--period", "2025-12", "--format", "json");
        Map<String, String> shown = new HashMap<>();
        Map<String, BigDecimal> values = new HashMap<>();
        Matcher m = NUMBER.matcher(html);
        while (m.find()) {
            shown.putIfAbsent(m.group(2), m.group(4));
            values.putIfAbsent(m.group(2), new BigDecimal(m.group(3)));
        }
        assertThat(values.get("headline.value"))
                .isEqualByComparingTo(figures.get("value").decimalValue());
        assertThat(values.get("headline.mom"))
                .isEqualByComparingTo(figures.at("/previous/pct").decimalValue());
        assertThat(values.get("headline.yoy"))
                .isEqualByComparingTo(figures.at("/year_ago/pct").decimalValue());
        assertThat(values.get("fytd.value"))
                .isEqualByComparingTo(figures.at("/fytd/value").decimalValue());
        assertThat(values.get("fytd.pct"))
                .isEqualByComparingTo(figures.at("/fytd/pct").decimalValue());
        assertThat(values.get("fytd.year_ago"))
                .isEqualByComparingTo(figures.at("/fytd/year_ago_value").decimalValue());
        assertThat(values.get("r12.value"))
                .isEqualByComparingTo(figures.at("/r12/value").decimalValue());
        assertThat(values.get("r12.pct"))
                .isEqualByComparingTo(figures.at("/r12/pct").decimalValue());
        assertThat(shown)
                .containsEntry("headline.value", "$437 million")
                .containsEntry("headline.mom", "22.8%")
                .containsEntry("headline.yoy", "25.6%")
                .containsEntry("fytd.value", "$2.24 billion");
        assertThat(html).contains("rose to a record");
    }

    @Test
    void every_number_has_a_note_and_every_stored_value_it_names_is_in_the_store() throws Exception {
        String html = html();
        int numbers = 0;
        Matcher m = NUMBER.matcher(html);
        while (m.find()) {
            numbers++;
            assertThat(m.group(1)).isEqualTo(String.valueOf(numbers));
            assertThat(html).contains("<li id=\"fn-" + numbers + "\">");
        }
        String block = html.substring(
                html.indexOf("<script type=\"application/json\" id=\"brief-numbers\">") + 51,
                html.lastIndexOf("</script>"));
        JsonNode data = new ObjectMapper().readTree(block.replace("<\\/", "</"));
        assertThat(data.get("numbers")).hasSize(numbers);
        try (SeriesStore store = JdbcSeriesStore.open(H2Location.dataSource(H2Location.url(home)))) {
            for (JsonNode n : data.get("numbers")) {
                assertThat(n.get("refs")).as(n.get("key").asText()).isNotEmpty();
                for (JsonNode r : n.get("refs")) {
                    assertThat(stored(store, r))
                            .as(n.get("key") + " " + r)
                            .isEqualByComparingTo(r.get("value").decimalValue());
                }
                if (n.get("refs").size() == 1 && n.get("kind").asText().startsWith("usd")) {
                    assertThat(n.get("value").decimalValue())
                            .as(n.get("key").asText())
                            .isEqualByComparingTo(n.at("/refs/0/value").decimalValue());
                }
            }
        }
    }

    /** The value of the vintage a note names: a derived month is checked against the store's derived value. */
    private static BigDecimal stored(SeriesStore store, JsonNode ref) {
        Period period = Period.parse(ref.get("period").asText(), FiscalCalendar.JULY_TO_JUNE);
        if (ref.get("status").asText().equals("derived")) {
            return DerivedMonthsSource.over(store)
                    .currentObservations(ref.get("series").asText())
                    .stream()
                    .filter(o -> o.period().equals(period))
                    .map(Observation::value)
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no derived value: " + ref));
        }
        List<Observation> vintages = store.vintages(ref.get("series").asText(), period);
        return vintages.stream()
                .filter(o -> o.vintage() == ref.get("vintage").asInt())
                .map(Observation::value)
                .findFirst()
                .orElseThrow(() -> new AssertionError("not stored: " + ref));
    }

    @Test
    void the_pdf_has_pages_text_charts_and_embedded_fonts() throws Exception {
        Path file = out.resolve("brief.pdf");
        PulseRun run = PulseRun.in(home, "brief", "--period", "2025-12", "--format", "pdf", "-o", file.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).doesNotContain("openhtmltopdf");
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            assertThat(pdf.getNumberOfPages()).isBetween(2, 8);
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text)
                    .contains("$437 million", "22.8%", "25.6%", "$2.24 billion", "Page 1 of " + pdf.getNumberOfPages());
            int images = 0;
            boolean dejaVu = false;
            for (PDPage page : pdf.getPages()) {
                for (var name : page.getResources().getXObjectNames()) {
                    images += page.getResources().getXObject(name) instanceof PDImageXObject ? 1 : 0;
                }
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    dejaVu |= font.getName().contains("DejaVu") && font.isEmbedded();
                }
            }
            assertThat(images).as("charts").isEqualTo(4);
            assertThat(dejaVu).as("DejaVu Sans embedded").isTrue();
        }
    }

    @Test
    void markdown_links_its_charts_written_beside_it() throws Exception {
        Path file = out.resolve("brief.md");
        PulseRun run = PulseRun.in(home, "brief", "--period", "2025-12", "-o", file.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        String md = Files.readString(file);
        for (String chart : List.of("monthly", "fytd", "share", "peers")) {
            assertThat(md).contains("](brief-" + chart + ".png)");
            byte[] png = Files.readAllBytes(out.resolve("brief-" + chart + ".png"));
            assertThat(png).startsWith(new byte[] {(byte) 0x89, 'P', 'N', 'G'});
            assertThat(Files.readString(out.resolve("brief-" + chart + ".svg"))).contains("<svg");
        }
        assertThat(md).contains("[^1]: pk.ict.exports 2025-12 = 437");
        String json = md.substring(md.indexOf("```json") + 7, md.lastIndexOf("```"));
        assertThat(new ObjectMapper()
                        .readTree(json)
                        .get("numbers")
                        .get(0)
                        .get("key")
                        .asText())
                .isEqualTo("headline.value");
    }

    @Test
    void the_data_notes_say_how_current_the_store_is() throws Exception {
        assertThat(html())
                .as("on the test clock's 2026-03-01")
                .contains("Freshness on 2026-03-01: data through February 2026, last updated 2026-11-28 (compiled);"
                        + " next release: March 2026, expected 2026-04-16 to 2026-04-23.")
                .doesNotContain("Behind:");
    }

    @Test
    void missing_parts_are_one_line_each_never_a_placeholder_number() throws Exception {
        String html = html();
        assertThat(html)
                .contains("Seasonally adjusted (X-13, RSA3, 66 consecutive months from September 2020)")
                .contains("The fiscal-year outlook is in the brief for the latest month, February 2026")
                .contains("No share of total exports of goods and services (PBS basis, goods from customs records);"
                        + " services exports (PBS basis) for December 2025: those totals have no value for the month"
                        + " yet.")
                .as("totals are named in words, never by their ids")
                .doesNotContain("No share against pk.")
                .contains("Missing from the data, so not used: exports of services (PBS) for December 2025.");
        String visible = html.replaceAll("(?s)<svg.*?</svg>|<script.*?</script>|<style>.*?</style>", "")
                .replaceAll("<[^>]+>", " ")
                .replaceAll("https?://\\S+", " ");
        assertThat(visible).doesNotContain("n/a").doesNotContain("NaN").doesNotContainPattern("\\bnull\\b");
    }

    @Test
    void the_latest_month_brief_adds_the_forecast_fan_to_the_outlook() throws Exception {
        Path file = out.resolve("latest.html");
        assertThat(PulseRun.in(home, "brief", "--format", "html", "-o", file.toString())
                        .exitCode())
                .isZero();
        String html = Files.readString(file);
        assertThat(html)
                .contains(
                        "<h1>Pakistan IT & telecom (ICT) services exports — February 2026</h1>".replace("&", "&amp;"));
        int outlook = html.indexOf("<section id=\"outlook\">");
        assertThat(html.indexOf("<figure id=\"chart-forecast\">", outlook)).isGreaterThan(outlook);
        assertThat(html).contains("auto forecast (line) with 80% and 95% intervals");
        JsonNode ranking = PulseRun.json(home, "ranking", "--format", "json");
        String third = ranking.at("/categories/2/series").asText();
        String thirdName = ranking.at("/categories/2/name").asText();
        String outcome = "";
        for (JsonNode c : ranking.get("crossovers")) {
            outcome = c.get("series").asText().equals(third) ? c.get("outcome").asText() : outcome;
        }
        assertThat(outcome).as("other manufactures has one year of totals").isEqualTo("not_enough_history");
        assertThat(html)
                .as("the brief's top-three answer is pulse ranking's")
                .contains("No year can be given: " + HtmlText.escape(thirdName) + " has no total before FY25")
                .doesNotContain("No year can be given: " + third);
        assertThat(html).contains("FY26 would end at about").contains("data-key=\"outlook.total\"");
        JsonNode projected =
                PulseRun.json(home, "outlook", "pk.ict.exports", "--fiscal-year", "FY26", "--format", "json");
        Matcher total = Pattern.compile("data-key=\"outlook.total\" data-value=\"([0-9.]+)\"")
                .matcher(html);
        assertThat(total.find()).isTrue();
        assertThat(Double.parseDouble(total.group(1)))
                .as("the brief's projection is pulse outlook's, to one decimal")
                .isCloseTo(projected.at("/total/mean").asDouble(), org.assertj.core.api.Assertions.within(0.05));
    }

    @Test
    void the_same_data_gives_the_same_bytes() throws Exception {
        for (String format : List.of("html", "pdf")) {
            Path first = out.resolve("a." + format);
            Path second = out.resolve("b." + format);
            assertThat(PulseRun.in(home, "brief", "--period", "2025-12", "--format", format, "-o", first.toString())
                            .exitCode())
                    .isZero();
            assertThat(PulseRun.in(home, "brief", "--period", "2025-12", "--format", format, "-o", second.toString())
                            .exitCode())
                    .isZero();
            assertThat(Files.readAllBytes(second)).as(format).isEqualTo(Files.readAllBytes(first));
        }
    }

    @Test
    void bad_input_gets_a_clear_error() {
        PulseRun unknown =
                PulseRun.in(home, "brief", "xx.nope", "-o", out.resolve("x.md").toString());
        assertThat(unknown.exitCode()).isEqualTo(3);
        assertThat(unknown.err()).contains("xx.nope");
        PulseRun future = PulseRun.in(
                home, "brief", "--period", "2030-01", "-o", out.resolve("x.md").toString());
        assertThat(future.exitCode()).isEqualTo(3);
        assertThat(future.err()).contains("2030-01");
        PulseRun yearly = PulseRun.in(
                home, "brief", "pk.ict.exports.fy", "-o", out.resolve("x.md").toString());
        assertThat(yearly.exitCode()).isEqualTo(2);
        assertThat(yearly.err()).contains("monthly");
        PulseRun format = PulseRun.in(home, "brief", "--format", "docx");
        assertThat(format.exitCode()).isEqualTo(2);
    }
}
