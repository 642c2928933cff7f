package org.exportpulse.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Search, filters and series metadata on a running server over the bundled data (308 series). */
class CatalogApiTest {

    @RegisterExtension
    static final ServerForClass SERVER = new ServerForClass();

    private static JsonNode json(String path) throws Exception {
        HttpResponse<String> response = SERVER.server().get(path);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return new ObjectMapper().readTree(response.body());
    }

    @Test
    void it_exports_finds_the_flagship_first_and_no_country_whose_name_contains_it() throws Exception {
        JsonNode hits = json("/api/series?q=IT%20exports");
        assertThat(hits.get(0).get("id").asText()).isEqualTo("pk.ict.exports");
        assertThat(hits.findValuesAsText("title")).noneMatch(t -> t.startsWith("Italy") || t.startsWith("Haiti"));
        assertThat(hits).extracting(h -> h.get("score").asDouble()).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        assertThat(json("/api/series?q=ICT%20exports").get(0).get("id").asText())
                .isEqualTo("pk.ict.exports");
        assertThat(json("/api/series?q=Italy").findValuesAsText("id")).containsExactly("wdi.ict_exports.ita");
    }

    @Test
    void filters_by_publisher_frequency_and_group_and_pages_with_a_total() throws Exception {
        JsonNode sbpMonthly = json("/api/series?publisher=sbp&frequency=month");
        assertThat(sbpMonthly).isNotEmpty();
        assertThat(sbpMonthly).allSatisfy(s -> {
            assertThat(s.get("publisher").asText()).isEqualTo("SBP");
            assertThat(s.get("frequency").asText()).isEqualTo("month");
        });
        JsonNode worldBank = json("/api/series?group=world-bank");
        assertThat(worldBank)
                .hasSizeGreaterThan(200)
                .allSatisfy(s -> assertThat(s.get("id").asText()).startsWith("wdi."));
        List<String> categories = json("/api/series?group=categories").findValuesAsText("id");
        assertThat(categories)
                .contains("pk.pbs.textiles.exports.fy", "pk.pbs.rice.exports.fy")
                .doesNotContain("pk.pbs.goods.exports");
        assertThat(json("/api/series?group=denominators").findValuesAsText("id"))
                .contains("pk.pbs.goods.exports", "pk.bop.goods_services.exports", "pk.moc.goods.exports");

        HttpResponse<String> page = SERVER.server().get("/api/series?group=world-bank&limit=5&offset=10");
        assertThat(page.headers().firstValue("X-Total-Count")).hasValue(Integer.toString(worldBank.size()));
        JsonNode five = new ObjectMapper().readTree(page.body());
        assertThat(five.findValuesAsText("id"))
                .isEqualTo(worldBank.findValuesAsText("id").subList(10, 15));

        HttpResponse<String> bad = SERVER.server().get("/api/series?group=asia");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("group asia", "world-bank");
    }

    @Test
    void metadata_tells_what_the_store_holds_and_when_the_next_release_is_due() throws Exception {
        JsonNode ict = json("/api/series/pk.ict.exports");
        JsonNode values = json("/api/series/pk.ict.exports/observations");
        JsonNode dates = json("/api/series/pk.ict.exports/vintagedates");
        JsonNode stored = values.get("observations");
        List<String> storedPeriods = new java.util.ArrayList<>();
        stored.forEach(o -> {
            if (!"derived".equals(o.get("status").asText())) {
                storedPeriods.add(o.get("period").asText());
            }
        });
        assertThat(ict.get("group").asText()).isEqualTo("pakistan-ict");
        assertThat(ict.get("first_period").asText()).isEqualTo(storedPeriods.get(0));
        assertThat(ict.get("last_period").asText()).isEqualTo(storedPeriods.get(storedPeriods.size() - 1));
        assertThat(ict.get("periods").asInt()).isEqualTo(storedPeriods.size());
        assertThat(ict.get("vintages").asInt()).isGreaterThan(storedPeriods.size());
        JsonNode lastDate = dates.get("vintage_dates").get(dates.get("count").asInt() - 1);
        assertThat(ict.get("last_updated").asText()).isEqualTo(lastDate.asText());
        assertThat(ict.at("/release/pattern/usual_day").asInt()).isBetween(1, 31);
        assertThat(ict.at("/release/next/expected_by").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(json("/api/series/wdi.ict_exports.pak").get("release").isNull())
                .isTrue();
    }
}
