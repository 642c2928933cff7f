package org.exportpulse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code pulse check} on the bundled data: verdicts, causes, the JSON contract, formats and bad input. */
class CheckCommandTest {

    /** Misdates a month, mislabels a fiscal span, states a percentage its own numbers don't give, quotes an unreproducible share. */
    private static final String FLAWED =
            "Pakistan's IT exports hit $437 million in December 2025. In November, IT exports"
                    + " were $366 million. In July–November 2025–26, IT exports totalled $2.236 billion. IT exports rose from"
                    + " $366 million in November to $437 million in December, a jump of 23%. IT exports made up 10.8% of total"
                    + " exports in December 2025.";

    @TempDir
    Path home;

    @TempDir
    Path files;

    private Path write(String name, String text) throws Exception {
        return Files.writeString(files.resolve(name), text, StandardCharsets.UTF_8);
    }

    private JsonNode claimAt(JsonNode report, String text, String key) {
        int at = text.indexOf(key);
        for (JsonNode c : report.get("claims")) {
            if (c.get("span").get(0).asInt() <= at && at < c.get("span").get(1).asInt()) {
                return c;
            }
        }
        throw new AssertionError("no claim at " + key + " in " + report);
    }

    @Test
    void each_kind_of_error_gets_the_right_figure_and_cause() throws Exception {
        Path article = write("flawed.txt", FLAWED);
        JsonNode r = PulseRun.json(home, "check", article.toString(), "--date", "2026-01-20", "--format", "json");
        assertThat(r.get("date").asText()).isEqualTo("2026-01-20");

        JsonNode november = claimAt(r, FLAWED, "$366 million. In");
        assertThat(november.get("verdict").asText()).isEqualTo("contradicted");
        assertThat(november.get("actual").asInt()).isEqualTo(356);
        assertThat(november.get("explanation").asText())
                .contains("September 2025's figure", "November 2025 was $356 million");

        JsonNode span = claimAt(r, FLAWED, "$2.236 billion");
        assertThat(span.get("verdict").asText()).isEqualTo("contradicted");
        assertThat(span.get("period").asText()).isEqualTo("2025-07/2025-11");
        assertThat(span.get("actual").asInt()).isEqualTo(1799);
        assertThat(span.get("explanation").asText()).contains("July–December FY26", "$1.799 billion");

        JsonNode jump = claimAt(r, FLAWED, "23%");
        assertThat(jump.get("verdict").asText()).isEqualTo("inconsistent");
        assertThat(jump.get("explanation").asText()).contains("+19.4%, not +23%");

        JsonNode share = claimAt(r, FLAWED, "10.8%");
        assertThat(share.get("verdict").asText()).isEqualTo("unverifiable");
        assertThat(share.get("explanation").asText())
                .contains(
                        "pk.pbs.goods.exports+pk.pbs.services.exports", "pk.bop.goods.exports+pk.bop.services.exports");

        JsonNode december = claimAt(r, FLAWED, "$437 million in December 2025");
        assertThat(december.get("verdict").asText()).isEqualTo("supported");
        assertThat(december.get("sources").get(0).asText()).startsWith("https://");
    }

    @Test
    void the_json_has_exactly_the_contract_fields_and_spans_index_the_text_as_given() throws Exception {
        String text =
                "<p>Pakistan\u2019s IT exports in October 2025 stood at US$\u00a0386 million, up 17% year\u2011on\u2011year."
                        + "</p>\n<p>In the first four months of FY26 they reached $1\u2009443 million (up 19.6%).</p>";
        Path article = write("html.txt", text);
        JsonNode r = PulseRun.json(home, "check", article.toString(), "--date", "2025-12-18", "--format", "json");
        List<String> fields = new ArrayList<>();
        r.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactly("date", "claims");
        assertThat(r.get("claims")).hasSize(4);
        for (JsonNode c : r.get("claims")) {
            List<String> keys = new ArrayList<>();
            c.fieldNames().forEachRemaining(keys::add);
            assertThat(keys)
                    .containsExactly(
                            "text",
                            "span",
                            "series",
                            "period",
                            "kind",
                            "claimed",
                            "actual",
                            "verdict",
                            "explanation",
                            "sources");
            String quoted = text.substring(
                    c.get("span").get(0).asInt(), c.get("span").get(1).asInt());
            assertThat(quoted).isEqualTo(c.get("text").asText());
            assertThat(c.get("verdict").asText()).isEqualTo("supported");
        }
        assertThat(claimAt(r, text, "443 million").get("claimed").asInt()).isEqualTo(1443);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/check-eval/labels.json", "/check-eval-holdout/labels.json"})
    void the_evaluation_sets_pass(String labelsFile) throws Exception {
        Path dir = Path.of(getClass().getResource(labelsFile).toURI()).getParent();
        int labels = 0;
        for (JsonNode a :
                new ObjectMapper().readTree(dir.resolve("labels.json").toFile()).get("articles")) {
            labels += a.get("claims").size();
        }
        assertThat(labels).isGreaterThanOrEqualTo(40);
        PulseRun run = PulseRun.in(home, "check", "--eval", dir.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .contains("labels matched  " + labels + "/" + labels, "verdicts right  " + labels + "/" + labels);
    }

    /** Excerpts of seven articles as published (2023–2026), labelled by hand: at least 95 % right, every error caught. */
    @Test
    void published_articles_are_judged_right_at_least_ninety_five_percent_of_the_time() throws Exception {
        Path dir = Path.of(
                        getClass().getResource("/check-eval-real/labels.json").toURI())
                .getParent();
        int labels = 0;
        int errors = 0;
        for (JsonNode a :
                new ObjectMapper().readTree(dir.resolve("labels.json").toFile()).get("articles")) {
            for (JsonNode c : a.get("claims")) {
                labels++;
                String ok = c.get("ok").toString();
                errors += ok.contains("contradicted") || ok.contains("inconsistent") ? 1 : 0;
            }
        }
        PulseRun run = PulseRun.in(home, "check", "--eval", dir.toString());
        assertThat(run.exitCode()).isZero();
        java.util.regex.Matcher right =
                java.util.regex.Pattern.compile("verdicts right  (\\d+)/(\\d+)").matcher(run.out());
        assertThat(right.find()).as(run.out()).isTrue();
        assertThat(Integer.parseInt(right.group(2))).isEqualTo(labels);
        assertThat(Integer.parseInt(right.group(1)) * 100).as(run.out()).isGreaterThanOrEqualTo(95 * labels);
        java.util.regex.Matcher caught =
                java.util.regex.Pattern.compile("errors caught   (\\d+)/(\\d+)").matcher(run.out());
        assertThat(caught.find()).isTrue();
        assertThat(caught.group(2)).isEqualTo(String.valueOf(errors));
        assertThat(caught.group(1)).as(run.out()).isEqualTo(String.valueOf(errors));
    }

    /**
     * The articles collected after the rules were written, each first run before any change for
     * it: u01-u03 14 of 23 right, u04-u06 22 of 28; all 51 after the rules they showed were fixed.
     * Kept at that level: a change that loses a reading of these texts shows up here.
     */
    @Test
    void articles_collected_after_the_rules_stay_at_least_ninety_five_percent_right() throws Exception {
        Path dir = Path.of(
                        getClass().getResource("/check-eval-unseen/labels.json").toURI())
                .getParent();
        PulseRun run = PulseRun.in(home, "check", "--eval", dir.toString());
        assertThat(run.exitCode()).isZero();
        java.util.regex.Matcher right =
                java.util.regex.Pattern.compile("verdicts right  (\\d+)/(\\d+)").matcher(run.out());
        assertThat(right.find()).as(run.out()).isTrue();
        assertThat(right.group(2)).isEqualTo("51");
        assertThat(Integer.parseInt(right.group(1)) * 100).as(run.out()).isGreaterThanOrEqualTo(95 * 51);
        assertThat(run.out()).contains("errors caught   11/11");
        PulseRun u03 = PulseRun.in(home, "check", dir.resolve("u03.txt").toString(), "--date", "2024-06-24");
        assertThat(u03.out())
                .as("u03's real error, +20.41% where July-April FY24 grew +21.45% by the PBS the text cites")
                .contains("CONTRADICTED change_pct 20.41%", "+21.45%");
    }

    @Test
    void text_output_marks_each_claim_and_counts_the_verdicts() throws Exception {
        Path article = write("flawed.txt", FLAWED);
        PulseRun run = PulseRun.in(home, "check", article.toString(), "--date", "2026-01-20");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("[[1 $437 million]]", "CONTRADICTED", "INCONSISTENT", "UNVERIFIABLE");
        assertThat(run.out())
                .containsPattern("\\d+ claims: \\d+ supported, 0 approximate, 3 contradicted, 1 inconsistent,"
                        + " \\d+ unverifiable");
    }

    @Test
    void html_output_highlights_claims_and_escapes_the_article() throws Exception {
        Path article =
                write("x.txt", "<script>alert(1)</script> IT exports were $437 million in December 2025 & more.");
        PulseRun run = PulseRun.in(home, "check", article.toString(), "--format", "html", "--date", "2026-01-20");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("<!DOCTYPE html>").contains("<mark class=\"claim supported\"", "&amp; more");
        assertThat(run.out()).doesNotContain("<script>");
    }

    @Test
    void a_dash_reads_the_article_from_standard_input() throws Exception {
        java.io.InputStream stdin = System.in;
        try {
            System.setIn(new java.io.ByteArrayInputStream(
                    "IT exports were $356 million in November 2025.".getBytes(StandardCharsets.UTF_8)));
            JsonNode r = PulseRun.json(home, "check", "-", "--format", "json");
            assertThat(r.get("claims").get(0).get("verdict").asText()).isEqualTo("supported");
        } finally {
            System.setIn(stdin);
        }
    }

    @Test
    void an_empty_article_has_no_claims() throws Exception {
        Path article = write("empty.txt", "");
        PulseRun run = PulseRun.in(home, "check", article.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("0 claims");
    }

    @Test
    void a_five_megabyte_article_is_checked() throws Exception {
        StringBuilder b = new StringBuilder();
        while (b.length() < 5_000_000) {
            b.append(FLAWED).append("\n\n");
        }
        Path article = write("big.txt", b.toString());
        PulseRun run = PulseRun.in(home, "check", article.toString(), "--date", "2026-01-20", "--format", "json");
        assertThat(run.exitCode()).isZero();
        assertThat(new ObjectMapper().readTree(run.out()).get("claims").size()).isGreaterThan(50_000);
    }

    @Test
    void bad_input_gets_a_clear_error_and_exit_code() throws Exception {
        PulseRun missing = PulseRun.in(home, "check", files.resolve("nope.txt").toString());
        assertThat(missing.exitCode()).isEqualTo(3);
        assertThat(missing.err()).contains("nope.txt");

        Path latin1 = Files.write(
                files.resolve("latin1.txt"), "line one\nRs 30 crore \u00a3".getBytes(StandardCharsets.ISO_8859_1));
        PulseRun notUtf8 = PulseRun.in(home, "check", latin1.toString());
        assertThat(notUtf8.exitCode()).isEqualTo(2);
        assertThat(notUtf8.err()).contains("latin1.txt:2", "not UTF-8");

        Path huge = Files.write(files.resolve("huge.txt"), new byte[11 * 1024 * 1024]);
        PulseRun tooBig = PulseRun.in(home, "check", huge.toString());
        assertThat(tooBig.exitCode()).isEqualTo(2);
        assertThat(tooBig.err()).contains("huge.txt", "over the limit");

        PulseRun badDate =
                PulseRun.in(home, "check", write("a.txt", "IT exports").toString(), "--date", "20-01-2026");
        assertThat(badDate.exitCode()).isEqualTo(2);
        assertThat(badDate.err()).contains("--date 20-01-2026 is not a date (expected YYYY-MM-DD)");

        PulseRun nothing = PulseRun.in(home, "check");
        assertThat(nothing.exitCode()).isEqualTo(2);
        assertThat(nothing.err()).contains("needs a FILE");

        PulseRun noLabels = PulseRun.in(home, "check", "--eval", files.toString());
        assertThat(noLabels.exitCode()).isEqualTo(3);
        assertThat(noLabels.err()).contains("labels.json");

        write("labels.json", "{\"articles\": {\"a.txt\": {\"claims\": [{\"key\": ");
        PulseRun brokenLabels = PulseRun.in(home, "check", "--eval", files.toString());
        assertThat(brokenLabels.exitCode()).isEqualTo(2);
        assertThat(brokenLabels.err()).contains("labels.json:1: not valid JSON");
        assertThat(brokenLabels.err()).doesNotContain("Exception");
    }

    static Path resource(String name) throws URISyntaxException {
        return Path.of(CheckCommandTest.class.getResource(name).toURI());
    }
}
