package org.exportpulse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One test per class of claim that published articles showed the checker getting wrong, each on
 * sentences as published (the address in the test's comment) or, where no published sentence is
 * at hand, a sentence written for it, checked against the bundled data.
 */
class PublishedClaimClassesTest {

    @TempDir
    static Path home;

    @TempDir
    static Path files;

    private static int written;

    private static JsonNode report(String text, String... dateArgs) throws Exception {
        Path article = Files.writeString(files.resolve("a" + written++ + ".txt"), text, StandardCharsets.UTF_8);
        List<String> args = new ArrayList<>(List.of("check", article.toString(), "--format", "json"));
        args.addAll(List.of(dateArgs));
        return PulseRun.json(home, args.toArray(String[]::new));
    }

    /** The claim whose span holds the {@code n}th occurrence of {@code key}. */
    private static JsonNode claim(JsonNode report, String text, String key, int n) {
        int at = -1;
        for (int i = 0; i <= n; i++) {
            at = text.indexOf(key, at + 1);
        }
        assertThat(at).as(key + " in the text").isNotNegative();
        for (JsonNode c : report.get("claims")) {
            if (c.get("span").get(0).asInt() <= at && at < c.get("span").get(1).asInt()) {
                return c;
            }
        }
        throw new AssertionError("no claim at " + key + " in " + report.toPrettyString());
    }

    private static JsonNode claim(String text, String date, String key) throws Exception {
        return claim(report(text, "--date", date), text, key, 0);
    }

    private static String resource(String path) throws Exception {
        return Files.readString(
                Path.of(PublishedClaimClassesTest.class.getResource(path).toURI()));
    }

    /**
     * Class 1, subject scope. ProPakistani, 2022-12-16,
     * https://propakistani.pk/2022/12/16/it-exports-register-3-increase-in-first-five-months-of-fy23/
     * — "comprising computer services and call center services" describes the subject, it does not
     * make the claim about computer services; and in the December 2025 article (s01) a paragraph
     * naming "telecom services" in passing does not capture the next paragraph's figures.
     */
    @Test
    void class_1_a_subject_named_in_passing_does_not_capture_the_claim() throws Exception {
        String u06 = resource("/check-eval-unseen/u06.txt");
        JsonNode three = claim(u06, "2022-12-16", "3 percent");
        assertThat(three.get("series").asText()).isEqualTo("pk.ict.exports");
        assertThat(three.get("verdict").asText()).isEqualTo("supported");
        String s01 = resource("/check-eval-real/s01.txt");
        JsonNode r = report(s01, "--date", "2026-01-20");
        JsonNode dec2024 = claim(r, s01, "$348 million", 0);
        assertThat(dec2024.get("series").asText()).isEqualTo("pk.ict.exports");
        assertThat(dec2024.get("verdict").asText()).isEqualTo("supported");
        assertThat(claim(r, s01, "25%", 0).get("series").asText()).isEqualTo("pk.ict.exports");
    }

    /**
     * Class 2, subject period against base period. s01: "December 2025 saw a 25% rise compared to
     * $348 million in December 2024" is December 2025's change, not December 2024's.
     */
    @Test
    void class_2_the_change_is_of_the_subject_period_not_of_its_base() throws Exception {
        String s01 = resource("/check-eval-real/s01.txt");
        JsonNode rise = claim(report(s01, "--date", "2026-01-20"), s01, "25%", 0);
        assertThat(rise.get("period").asText()).isEqualTo("2025-12");
        assertThat(rise.get("verdict").asText()).isIn("supported", "approximate");
        assertThat(rise.get("explanation").asText()).contains("December 2024", "+25.6%");
    }

    /**
     * Class 3, spans as journalists write them. The News, 2022-01-23,
     * https://www.thenews.com.pk/print/927335-it-exports-surge-36pc-in-first-half-of-fy2022 — "the
     * second quarter" with no year is the one just ended, and "surged 36 percent to $1.3 billion in
     * the first half of this fiscal year" is the half's change, not December's named before it;
     * ProPakistani, 2024-04-22 (r05): "the first eight months (July-March)" counts nine.
     */
    @Test
    void class_3_spans_as_written_resolve_to_their_months() throws Exception {
        String u04 = resource("/check-eval-unseen/u04.txt");
        JsonNode r = report(u04, "--date", "2022-01-23");
        JsonNode quarter = claim(r, u04, "$667 million", 0);
        assertThat(quarter.get("period").asText()).isEqualTo("2021-10/2021-12");
        assertThat(quarter.get("verdict").asText()).isEqualTo("supported");
        JsonNode half = claim(r, u04, "36 percent", 0);
        assertThat(half.get("period").asText()).isEqualTo("2021-07/2021-12");
        assertThat(half.get("verdict").asText()).isEqualTo("supported");
        String r05 = resource("/check-eval-real/r05.txt");
        JsonNode eight = claim(report(r05, "--date", "2024-04-22"), r05, "first eight months", 0);
        assertThat(eight.get("verdict").asText()).isEqualTo("inconsistent");
        assertThat(eight.get("actual").asInt()).isEqualTo(9);
    }

    /**
     * Class 4, hedged and bounded numbers. Daily Times, 2021-10-27,
     * https://dailytimes.com.pk/834143/it-exports-to-increase-42pc-in-first-quarter/ — "crossed the $2
     * billion mark for the first time", a lower bound on FY2020/21 (named before a "whereas" clause
     * about FY2019/20); ProPakistani, 2023-08-18 (r01): "declined by around one percent".
     */
    @Test
    void class_4_bounds_and_hedges_are_judged_as_such_and_say_so() throws Exception {
        String u05 = resource("/check-eval-unseen/u05.txt");
        JsonNode mark = claim(u05, "2021-10-27", "$2 billion");
        assertThat(mark.get("period").asText()).isEqualTo("FY2021");
        assertThat(mark.get("verdict").asText()).isEqualTo("supported");
        assertThat(mark.get("explanation").asText()).contains("Read as a lower bound: any value above $2 billion");
        String r01 = resource("/check-eval-real/r01.txt");
        JsonNode around = claim(report(r01, "--date", "2023-08-18"), r01, "one percent", 0);
        assertThat(around.get("verdict").asText()).isEqualTo("supported");
        assertThat(around.get("explanation").asText()).contains("Read as \"about\"");
    }

    /**
     * Class 5, the precision of the data (a sentence written for it): July–February FY23 is stored as
     * published, $1.72 billion (1720), so July–February FY24's change from it lies between
     * 1977/1725 and 1977/1715 (+14.6 % to +15.3 %), and 15.2 % is inside.
     */
    @Test
    void class_5_a_change_from_a_rounded_input_is_an_interval() throws Exception {
        JsonNode c = claim(
                "IT exports rose 15.2% to $1.977 billion in July-February FY24 from $1.72 billion in the same period of"
                        + " FY23.",
                "2024-03-20", "15.2%");
        assertThat(c.get("verdict").asText()).isEqualTo("supported");
        assertThat(c.get("explanation").asText()).contains("rounded", "includes the text's");
    }

    /**
     * Class 6, shares. s01: "IT exports now account for over 10.8% of the country's total exports"
     * reproduces as July–November FY26 against goods plus services exports on the PBS basis.
     */
    @Test
    void class_6_a_share_names_the_span_and_total_that_reproduce_it() throws Exception {
        String s01 = resource("/check-eval-real/s01.txt");
        JsonNode share = claim(report(s01, "--date", "2026-01-20"), s01, "10.8%", 0);
        assertThat(share.get("verdict").asText()).isEqualTo("supported");
        assertThat(share.get("period").asText()).isEqualTo("2025-07/2025-11");
        assertThat(share.get("explanation").asText())
                .contains("pk.pbs.goods.exports+pk.pbs.services.exports", "$1.799 billion of $16.677 billion");
    }

    /**
     * Class 7, absolute changes, averages and numbers in words. PhoneWorld, 2023-12-19,
     * https://www.phoneworld.com.pk/it-export-crosses-1-billion-mark-in-5-months/ — "a modest
     * increment of $64 million"; Business Recorder, 2023-12-26,
     * https://www.brecorder.com/news/40280521/surge-in-it-exports — "the average of the last 12
     * months that comes to around $220 million monthly"; r01 — "around one percent".
     */
    @Test
    void class_7_absolute_changes_averages_and_words() throws Exception {
        String u01 = resource("/check-eval-unseen/u01.txt");
        JsonNode increment = claim(u01, "2023-12-19", "$64 million");
        assertThat(increment.get("kind").asText()).isEqualTo("change_abs");
        assertThat(increment.get("actual").asInt()).isEqualTo(65);
        String r02 = resource("/check-eval-real/r02.txt");
        JsonNode average = claim(r02, "2023-12-26", "$220 million");
        assertThat(average.get("kind").asText()).isEqualTo("average");
        assertThat(average.get("period").asText()).isEqualTo("2022-11/2023-10");
        assertThat(average.get("verdict").asText()).isEqualTo("supported");
        String r01 = resource("/check-eval-real/r01.txt");
        JsonNode words = claim(r01, "2023-08-18", "one percent");
        assertThat(words.get("kind").asText()).isEqualTo("change_pct");
        assertThat(words.get("claimed").asDouble()).isEqualTo(-1.0);
    }

    /**
     * Class 8, rank and kind. Business Recorder, 2023-12-26 (r02): "Computer Services have the
     * highest share in total IT export value" — ranked among the item's parts; s01: "For the first
     * time, IT exports now account for over 10.8%" is a share record; The News, 2022-01-23 (u04): an
     * analyst's "historic high of $2.8 billion to $3 billion" is a forecast; "the third-largest source
     * of foreign exchange" (a sentence written for it) needs inflows the data does not hold.
     */
    @Test
    void class_8_ranks_share_records_and_forecast_records() throws Exception {
        String r02 = resource("/check-eval-real/r02.txt");
        JsonNode rank = claim(r02, "2023-12-26", "highest share");
        assertThat(rank.get("kind").asText()).isEqualTo("rank");
        assertThat(rank.get("series").asText()).isEqualTo("pk.ict.computer");
        assertThat(rank.get("verdict").asText()).isEqualTo("supported");
        assertThat(rank.get("explanation").asText()).contains("ranked first of 3");
        String s01 = resource("/check-eval-real/s01.txt");
        JsonNode first = claim(report(s01, "--date", "2026-01-20"), s01, "For the first time", 0);
        assertThat(first.get("kind").asText()).isEqualTo("record");
        assertThat(first.get("claimed").asDouble()).isEqualTo(10.8);
        assertThat(first.get("period").asText()).isEqualTo("2025-07/2025-11");
        assertThat(first.get("explanation").asText()).contains("the first time it reached 10.8%", "earlier years");
        String u04 = resource("/check-eval-unseen/u04.txt");
        JsonNode forecast = claim(u04, "2022-01-23", "historic high");
        assertThat(forecast.get("verdict").asText()).isEqualTo("unverifiable");
        assertThat(claim(u04, "2022-01-23", "$3 billion").get("verdict").asText())
                .isEqualTo("unverifiable");
        JsonNode source = claim(
                "IT exports became the third-largest source of foreign exchange in FY25.",
                "2025-08-01",
                "third-largest");
        assertThat(source.get("kind").asText()).isEqualTo("rank");
        assertThat(source.get("verdict").asText()).isEqualTo("unverifiable");
        assertThat(source.get("explanation").asText()).contains("workers' remittances");
    }

    /**
     * Class 9, the verdict agrees with the data shown, and the date is told. ProPakistani,
     * 2023-08-18 (r01): "a growth rate of 47.43 percent in the fiscal year 2022 compared to $2.108
     * billion" — the text's own ends are the data's, so the figure is contradicted with the data's
     * +24.2 %. A dateline (a sentence written for it) dates an article checked without a date.
     */
    @Test
    void class_9_the_verdict_matches_the_figure_and_the_date_is_told() throws Exception {
        String r01 = resource("/check-eval-real/r01.txt");
        JsonNode wrong = claim(r01, "2023-08-18", "47.43 percent");
        assertThat(wrong.get("verdict").asText()).isEqualTo("contradicted");
        assertThat(wrong.get("actual").asDouble()).isBetween(24.2, 24.3);
        String dated = "Karachi, November 20, 2025: IT exports were $386 million in October.";
        JsonNode r = report(dated);
        assertThat(r.get("date").asText()).isEqualTo("2025-11-20");
        JsonNode october = claim(r, dated, "$386 million", 0);
        assertThat(october.get("period").asText()).isEqualTo("2025-10");
        assertThat(october.get("verdict").asText()).isEqualTo("supported");
        for (JsonNode c : r.get("claims")) {
            if (c.get("verdict").asText().equals("supported")
                    && c.get("claimed").isNumber()
                    && c.get("actual").isNumber()) {
                assertThat(Math.abs(
                                c.get("claimed").asDouble() - c.get("actual").asDouble()))
                        .isLessThan(1.0);
            }
        }
    }
}
