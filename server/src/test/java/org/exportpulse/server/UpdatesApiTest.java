package org.exportpulse.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.UnaryOperator;
import javax.xml.parsers.DocumentBuilderFactory;
import org.exportpulse.formats.Batch;
import org.exportpulse.formats.NamedInput;
import org.exportpulse.formats.tidy.TidyObservationReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** What's new: {@code /api/updates} and {@code /feed.atom} after an update of the bundled store. */
class UpdatesApiTest {

    private static final Clock DEC_2026 = Clock.fixed(Instant.parse("2026-12-03T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    static Path home;

    private static BundledServer server;

    @BeforeAll
    static void start() throws Exception {
        server = BundledServer.start(home, UnaryOperator.identity(), DEC_2026);
        // Synthetic values for the mechanics (as the store's contract test): a revision of November 2024
        // and a month new to the store, both released on 2030-02-20.
        String rows = "series,period,value,public_by,public_by_basis,source\n"
                + "pk.ict.exports,2024-11,311,2030-02-20,source,https://example.org/release\n"
                + "pk.ict.exports,2030-01,500,2030-02-20,source,https://example.org/release\n";
        Batch update = new Batch(
                List.of(),
                TidyObservationReader.read(
                        NamedInput.ofBytes("update.csv", rows.getBytes(StandardCharsets.UTF_8)),
                        server.store()::series));
        server.store().ingest(update, "update", Instant.parse("2026-12-01T06:00:00Z"));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static JsonNode json(String path) throws Exception {
        HttpResponse<String> r = server.get(path);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return new ObjectMapper().readTree(r.body());
    }

    @Test
    void updates_since_a_day_list_new_values_and_revisions_with_their_vintages() throws Exception {
        JsonNode r = json("/api/updates?since=2030-01-01");
        assertThat(r.get("since").asText()).isEqualTo("2030-01-01");
        assertThat(r.get("truncated").asBoolean()).isFalse();
        JsonNode updates = r.get("updates");
        assertThat(updates).hasSize(2);
        JsonNode revision = updates.get(0);
        assertThat(revision.get("series").asText()).isEqualTo("pk.ict.exports");
        assertThat(revision.get("period").asText()).isEqualTo("2024-11");
        assertThat(revision.get("kind").asText()).isEqualTo("revision");
        assertThat(revision.get("vintage").asInt()).isEqualTo(3);
        assertThat(revision.get("previous").decimalValue()).isEqualByComparingTo("310");
        assertThat(revision.get("value").decimalValue()).isEqualByComparingTo("311");
        assertThat(revision.get("unit").asText()).isEqualTo("USD million");
        assertThat(revision.get("public_by").asText()).isEqualTo("2030-02-20");
        assertThat(revision.get("stored_at").asText()).isEqualTo("2026-12-01T06:00:00Z");
        JsonNode added = updates.get(1);
        assertThat(added.get("period").asText()).isEqualTo("2030-01");
        assertThat(added.get("kind").asText()).isEqualTo("new");
        assertThat(added.get("previous").isNull()).isTrue();
        assertThat(added.get("sources").get(0).asText()).isEqualTo("https://example.org/release");
    }

    @Test
    void without_since_the_last_30_days_and_a_limit_truncates() throws Exception {
        JsonNode r = json("/api/updates?limit=2");
        assertThat(r.get("since").asText()).isEqualTo("2026-11-03");
        assertThat(r.get("updates")).hasSize(2);
        assertThat(r.get("truncated").asBoolean()).isTrue();
        assertThat(r.at("/updates/0/public_by").asText())
                .isGreaterThanOrEqualTo(r.at("/updates/1/public_by").asText());
    }

    @Test
    void bad_parameters_are_problems() throws Exception {
        for (String query : List.of("since=yesterday", "limit=0", "limit=99999", "limit=ten")) {
            HttpResponse<String> r = server.get("/api/updates?" + query);
            assertThat(r.statusCode()).as(query).isEqualTo(400);
            assertThat(r.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
            assertThat(r.body()).as(query).containsPattern("since|limit");
        }
    }

    @Test
    void the_atom_feed_has_an_entry_per_series_and_release_day() throws Exception {
        HttpResponse<String> r = server.get("/feed.atom");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/atom+xml"));
        assertThat(r.headers().firstValue("ETag")).isPresent();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document feed = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)));
        Element root = feed.getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2005/Atom");
        assertThat(root.getLocalName()).isEqualTo("feed");
        NodeList entries = root.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
        assertThat(entries.getLength()).isBetween(1, AtomFeed.ENTRIES);
        Element goods = null;
        for (int i = 0; i < entries.getLength(); i++) {
            Element e = (Element) entries.item(i);
            if (text(e, "id").endsWith("#pk.ict.exports/2030-02-20")) {
                goods = e;
            }
        }
        assertThat(goods).isNotNull();
        assertThat(text(goods, "title")).endsWith(": 1 value published, 1 value revised");
        assertThat(text(goods, "updated")).isEqualTo("2030-02-20T00:00:00Z");
        assertThat(text(goods, "content"))
                .contains("2024-11: 310 revised to 311 USD million (vintage 3, normal, public by 2030-02-20 source;"
                        + " source https://example.org/release)")
                .contains("2030-01: 500 USD million (vintage 1");
        assertThat(text(root, "updated")).isEqualTo("2030-02-20T00:00:00Z");
        assertThat(((Element) entries.item(0))
                        .getElementsByTagNameNS("http://www.w3.org/2005/Atom", "link")
                        .item(0)
                        .getAttributes()
                        .getNamedItem("href")
                        .getTextContent())
                .endsWith("/?series=pk.ict.exports");
    }

    private static String text(Element parent, String name) {
        return parent.getElementsByTagNameNS("http://www.w3.org/2005/Atom", name)
                .item(0)
                .getTextContent();
    }

    @Test
    void the_dashboard_announces_the_feed_to_readers_and_to_feed_readers() throws Exception {
        String page = server.get("/").body();
        assertThat(page)
                .contains("<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Releases and revisions\""
                        + " href=\"/feed.atom\">")
                .contains("<a href=\"/feed.atom\">Releases feed</a>");
    }

    @Test
    void every_answer_forbids_sniffing_and_framing_and_foreign_scripts() throws Exception {
        for (String path : List.of("/", "/api/series", "/api/series", "/feed.atom", "/api/series/nope")) {
            HttpResponse<String> r = server.get(path);
            assertThat(r.headers().firstValue("X-Content-Type-Options"))
                    .as(path)
                    .contains("nosniff");
            assertThat(r.headers().firstValue("Content-Security-Policy"))
                    .as(path)
                    .hasValueSatisfying(p -> assertThat(p).contains("frame-ancestors 'none'", "script-src 'self'"));
        }
    }
}
