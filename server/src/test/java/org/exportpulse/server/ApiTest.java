package org.exportpulse.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.exportpulse.brief.compose.BriefPresets;
import org.exportpulse.core.series.SeriesGroups;
import org.exportpulse.engines.StandardEngines;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The JSON API on a real server (port 0) over an embedded store with the bundled data. */
class ApiTest {

    @RegisterExtension
    static final ServerForClass SERVER = new ServerForClass();

    private static HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(SERVER.server().uri(path));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return SERVER.server().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static JsonNode json(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return new ObjectMapper().readTree(response.body());
    }

    @Test
    void figures_are_those_of_the_command_line() throws Exception {
        JsonNode f = json("/api/series/pk.ict.exports/figures?period=2025-12");
        assertThat(f.get("value").decimalValue()).isEqualByComparingTo("437");
        assertThat(f.at("/previous/pct").decimalValue()).isEqualByComparingTo("22.75280898876404");
        assertThat(f.at("/fytd/value").decimalValue()).isEqualByComparingTo("2236");
        assertThat(f.at("/r12/value").decimalValue()).isEqualByComparingTo("4182");
        assertThat(f.at("/streaks/0/months").asInt()).isEqualTo(7);
    }

    @Test
    void observations_follow_as_of_and_transforms() throws Exception {
        JsonNode then = json("/api/series/pk.ict.exports/observations?from=2022-08&to=2022-08&as_of=2022-10-01");
        assertThat(then.at("/observations/0/value").decimalValue()).isEqualByComparingTo("227");
        JsonNode now = json("/api/series/pk.ict.exports/observations?from=2022-08&to=2022-08");
        assertThat(now.at("/observations/0/value").decimalValue()).isEqualByComparingTo("228");
        JsonNode pc1 = json("/api/series/pk.ict.exports/observations?from=2025-12&to=2025-12&transform=pc1");
        assertThat(pc1.get("unit").asText()).isEqualTo("percent");
        assertThat(pc1.at("/observations/0/value").asDouble()).isBetween(25.5747, 25.5748);
    }

    @Test
    void observations_as_csv_use_the_export_columns() throws Exception {
        HttpResponse<String> csv = get("/api/series/pk.ict.exports/observations?format=csv&from=2025-12&to=2025-12");
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(csv.body())
                .startsWith("series,period,value,unit,status,vintage,")
                .contains("pk.ict.exports,2025-12,437,USD million,normal,1,");
    }

    @Test
    void series_search_and_history() throws Exception {
        JsonNode list = json("/api/series?q=textile%20fiscal");
        assertThat(list.findValuesAsText("id"))
                .containsExactlyInAnyOrder("pk.pbs.textiles.exports.fy", "pk.pbs.textiles.exports.fytd");
        JsonNode history = json("/api/series/pk.ict.exports/history?period=2024-11");
        assertThat(history.get("vintages")).hasSize(2);
        assertThat(json("/api/series/pk.ict.exports").get("unit").asText()).isEqualTo("USD million");
    }

    @Test
    void responses_carry_an_etag_honoured_by_if_none_match_and_last_modified() throws Exception {
        HttpResponse<String> first = get("/api/series/pk.ict.exports/figures?period=2025-12");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(etag).as("a quoted strong tag").matches("\"[0-9a-f]{32}\"");
        assertThat(first.headers().firstValue("Last-Modified")).hasValue("Sun, 1 Mar 2026 10:00:00 GMT");
        HttpResponse<String> again = get("/api/series/pk.ict.exports/figures?period=2025-12", "If-None-Match", etag);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        HttpResponse<String> other = get("/api/series/pk.ict.exports/figures?period=2025-11", "If-None-Match", etag);
        assertThat(other.statusCode()).as("another resource has another tag").isEqualTo(200);
    }

    @Test
    void errors_are_problem_details() throws Exception {
        HttpResponse<String> unknown = get("/api/series/pk.nothing/figures");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = new ObjectMapper().readTree(unknown.body());
        assertThat(problem.get("status").asInt()).isEqualTo(404);
        assertThat(problem.get("detail").asText()).contains("unknown series 'pk.nothing'");

        HttpResponse<String> badPeriod = get("/api/series/pk.ict.exports/figures?period=2025-13");
        assertThat(badPeriod.statusCode()).isEqualTo(400);
        assertThat(badPeriod.body()).contains("month 13 of 2025 does not exist");

        HttpResponse<String> badDate = get("/api/series/pk.ict.exports/observations?as_of=yesterday");
        assertThat(badDate.statusCode()).isEqualTo(400);
        assertThat(badDate.body()).contains("expected YYYY-MM-DD");

        HttpResponse<String> noRoute = get("/api/nothing");
        assertThat(noRoute.statusCode()).isEqualTo(404);
        assertThat(noRoute.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void input_never_becomes_sql() throws Exception {
        HttpResponse<String> injected = get("/api/series/pk.ict.exports'%3B%20DROP%20TABLE%20observation%3B--/figures");
        assertThat(injected.statusCode()).isEqualTo(404);
        HttpResponse<String> inQuery = get("/api/series?q=%27%20OR%201%3D1%20--");
        assertThat(new ObjectMapper().readTree(inQuery.body())).isEmpty();
        HttpResponse<String> inPeriod = get("/api/series/pk.ict.exports/history?period=2024-11'%20OR%20'1'%3D'1");
        assertThat(inPeriod.statusCode()).isEqualTo(400);
        assertThat(json("/api/series/pk.ict.exports/history?period=2024-11").get("vintages"))
                .hasSize(2);
    }

    @Test
    void a_transform_comes_as_csv_when_csv_is_asked_for() throws Exception {
        HttpResponse<String> r =
                get("/api/series/pk.ict.exports/observations?transform=pc1&format=csv&from=2025-12&to=2025-12");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("text/csv; charset=utf-8");
        assertThat(r.body())
                .startsWith("series,period,value,unit,transform\r\n")
                .contains("pk.ict.exports,2025-12,");
        assertThat(r.body().lines()).hasSize(2);
    }

    @Test
    void an_unknown_parameter_is_a_400_naming_it_and_the_accepted_ones() throws Exception {
        HttpResponse<String> r = get("/api/series/pk.ict.exports/figures?period=2025-12&realtime_start=2022-10-01");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.headers().firstValue("Content-Type")).hasValue(Problem.CONTENT_TYPE);
        assertThat(new ObjectMapper().readTree(r.body()).get("detail").asText())
                .isEqualTo("unknown parameter 'realtime_start' (expected one of: as_of, format, period)");
        assertThat(new ObjectMapper()
                        .readTree(get("/api/series/pk.ict.exports?x=1").body())
                        .get("detail")
                        .asText())
                .isEqualTo("unknown parameter 'x' (this resource takes none)");
        assertThat(get("/api/series/pk.ict.exports/figures?period=2025-12&as_of=2026-03-01")
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void every_get_route_takes_the_query_parameters_its_openapi_entry_lists() {
        QueryParameters documented = QueryParameters.documented();
        assertThat(documented.of("/api/series/{id}/observations"))
                .contains("from", "to", "transform", "as_of", "format")
                .contains("observation_start", "units", "realtime_start", "realtime_end", "frequency", "limit");
        assertThat(documented.of("/api/series"))
                .containsExactlyInAnyOrder("q", "publisher", "frequency", "group", "limit", "offset");
    }

    @Test
    void the_route_table_and_the_openapi_document_agree() throws Exception {
        String spec = Files.readString(Path.of("src/main/resources/org/exportpulse/server/openapi.yaml"));
        Set<String> documented = new TreeSet<>();
        Matcher m = Pattern.compile("(?m)^  (/api\\S*):$").matcher(spec);
        while (m.find()) {
            documented.add(m.group(1));
        }
        Set<String> routed = new TreeSet<>(new ApiRoutes(
                        SERVER.server().store(), new StoreReads(SERVER.server().store()))
                .getRoutes()
                .keySet());
        routed.addAll(new ValuesRoutes(
                        SERVER.server().store(), new StoreReads(SERVER.server().store()), Clock.systemUTC())
                .getRoutes()
                .keySet());
        routed.addAll(new CatalogRoutes(
                        SERVER.server().store(), Map.of(), SeriesGroups.of(List.of()), List.of(), Clock.systemUTC())
                .getRoutes()
                .keySet());
        routed.addAll(new SeveralSeriesRoutes(
                        SERVER.server().store(), new StoreReads(SERVER.server().store()), Clock.systemUTC())
                .getRoutes()
                .keySet());
        routed.addAll(new BulkDownload(
                        SERVER.server().store(), new StoreReads(SERVER.server().store()))
                .getRoutes()
                .keySet());
        routed.addAll(PulseServer.POST_ROUTES);
        routed.addAll(new BriefRoute(
                        SERVER.server().store(),
                        new StoreReads(SERVER.server().store()),
                        StandardEngines.get(),
                        BriefPresets.none(),
                        List.of(),
                        Clock.systemUTC())
                .getRoutes()
                .keySet());
        routed.addAll(new ReleasesRoute(SERVER.server().store(), List.of(), Clock.systemUTC())
                .getRoutes()
                .keySet());
        new UpdatesRoute(SERVER.server().store(), Clock.systemUTC())
                .getRoutes().keySet().stream()
                        .filter(path -> path.startsWith("/api/"))
                        .forEach(routed::add);
        routed.addAll(new ModelRoutes(
                        SERVER.server().store(),
                        new StoreReads(SERVER.server().store()),
                        StandardEngines.get(),
                        BriefPresets.none())
                .getRoutes()
                .keySet());
        assertThat(documented).isEqualTo(routed);
        assertThat(get("/api/openapi.yaml").body()).isEqualTo(spec);
    }
}
