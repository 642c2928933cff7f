package org.exportpulse.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code POST /api/check} and the {@code /check} page on the bundled data. */
class CheckApiTest {

    private static final String ARTICLE =
            "IT exports were $366 million in November 2025 and a record $437 million in" + " December 2025.";

    @RegisterExtension
    static final ServerForClass SERVER = new ServerForClass();

    private static HttpResponse<String> post(String path, String contentType, byte[] body) throws Exception {
        return SERVER.server()
                .send(
                        HttpRequest.newBuilder(SERVER.server().uri(path))
                                .header("Content-Type", contentType)
                                .POST(HttpRequest.BodyPublishers.ofByteArray(body)),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void plain_text_in_claims_out() throws Exception {
        HttpResponse<String> r = post(
                "/api/check?date=2026-01-20", "text/plain; charset=utf-8", ARTICLE.getBytes(StandardCharsets.UTF_8));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
        JsonNode body = new ObjectMapper().readTree(r.body());
        assertThat(body.get("date").asText()).isEqualTo("2026-01-20");
        JsonNode first = body.get("claims").get(0);
        assertThat(first.get("verdict").asText()).isEqualTo("contradicted");
        assertThat(first.get("actual").asInt()).isEqualTo(356);
        assertThat(ARTICLE.substring(
                        first.get("span").get(0).asInt(),
                        first.get("span").get(1).asInt()))
                .isEqualTo("$366 million");
    }

    @Test
    void json_in_with_its_date() throws Exception {
        String json = new ObjectMapper()
                .createObjectNode()
                .put("text", ARTICLE)
                .put("date", "2026-01-20")
                .toString();
        HttpResponse<String> r = post("/api/check", "application/json", json.getBytes(StandardCharsets.UTF_8));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(new ObjectMapper().readTree(r.body()).get("claims")).hasSize(3);
    }

    @Test
    void bad_input_is_a_problem_document() throws Exception {
        HttpResponse<String> badDate =
                post("/api/check?date=yesterday", "text/plain", ARTICLE.getBytes(StandardCharsets.UTF_8));
        assertThat(badDate.statusCode()).isEqualTo(400);
        assertThat(badDate.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(badDate.body()).contains("date yesterday is not a date (expected YYYY-MM-DD)");

        HttpResponse<String> latin1 =
                post("/api/check", "text/plain", "caf\u00e9 $437 million".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(latin1.statusCode()).isEqualTo(400);
        assertThat(latin1.body()).contains("not UTF-8");

        HttpResponse<String> noText =
                post("/api/check", "application/json", "{\"date\": \"2026-01-20\"}".getBytes(StandardCharsets.UTF_8));
        assertThat(noText.statusCode()).isEqualTo(400);
        assertThat(noText.body()).contains("text: missing");

        assertThat(OversizedRequest.status(SERVER.server().port(), "/api/check", ""))
                .isEqualTo(413);
    }

    @Test
    void the_page_marks_up_a_pasted_article_and_escapes_it() throws Exception {
        String pasted = "<b>IT exports</b> were $366 million in November 2025 <script>alert(1)</script>";
        String form = "text=" + URLEncoder.encode(pasted, StandardCharsets.UTF_8) + "&date=2026-01-20";
        HttpResponse<String> r =
                post("/check", "application/x-www-form-urlencoded", form.getBytes(StandardCharsets.UTF_8));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("<mark class=\"claim contradicted\"", "November 2025 was $356 million");
        assertThat(r.body()).doesNotContain("<script>alert(1)</script>").contains("&lt;script&gt;");
    }
}
