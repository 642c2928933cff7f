package org.exportpulse.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.Map;
import org.exportpulse.bundle.BundledData;
import org.exportpulse.check.ClaimChecker;
import org.exportpulse.core.derive.DerivedMonthsSource;
import org.exportpulse.export.CheckJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The published news articles of the claim checker's labelled set, each checked through {@code POST
 * /api/check} (values and stored vintages from the server's snapshot of the store) and by the checker
 * reading the store itself: the same verdicts, figures and spans, claim for claim.
 */
class PublishedArticlesCheckTest {

    /** The published articles with their labels, kept beside the command-line checker's tests. */
    private static final Path ARTICLES = Path.of("..", "cli", "src", "test", "resources", "check-eval-real");

    @RegisterExtension
    static final ServerForClass SERVER = new ServerForClass();

    @Test
    void every_published_article_gets_from_the_server_what_the_store_itself_gives() throws Exception {
        ObjectMapper json = new ObjectMapper();
        JsonNode articles =
                json.readTree(ARTICLES.resolve("labels.json").toFile()).get("articles");
        var store = SERVER.server().store();
        ClaimChecker direct =
                ClaimChecker.of(DerivedMonthsSource.over(store), store::vintages, BundledData.subjectLexicon());
        int claims = 0;
        int checked = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = articles.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> article = it.next();
            String text = Files.readString(ARTICLES.resolve(article.getKey()), StandardCharsets.UTF_8);
            String date = article.getValue().get("date").asText();
            JsonNode expected = json.readTree(
                    CheckJson.of(direct.check(text, LocalDate.parse(date))).toString());
            HttpResponse<String> answer = SERVER.server()
                    .send(
                            HttpRequest.newBuilder(SERVER.server().uri("/api/check?date=" + date))
                                    .header("Content-Type", "text/plain; charset=utf-8")
                                    .POST(HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8)),
                            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(answer.statusCode()).as(article.getKey()).isEqualTo(200);
            assertThat(json.readTree(answer.body())).as(article.getKey()).isEqualTo(expected);
            claims += expected.get("claims").size();
            checked++;
        }
        assertThat(checked).as("articles").isEqualTo(articles.size()).isGreaterThanOrEqualTo(7);
        assertThat(claims).as("claims compared").isGreaterThan(30);
    }
}
