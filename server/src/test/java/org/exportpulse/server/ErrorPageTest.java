package org.exportpulse.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Errors of the pages are pages for a browser and problem details for everything else. */
class ErrorPageTest {

    private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    @RegisterExtension
    static final ServerForClass SERVER = new ServerForClass();

    private static HttpResponse<String> get(String path, String accept) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(SERVER.server().uri(path));
        if (accept != null) {
            request.header("Accept", accept);
        }
        return SERVER.server().send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void a_permalink_to_a_month_not_yet_public_on_its_day_says_so_with_both_ways_on() throws Exception {
        HttpResponse<String> page = get("/?series=pk.ict.exports&period=2026-01&as_of=2025-12-01", BROWSER);
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html;charset=utf-8");
        assertThat(page.body())
                .contains("January 2026 of ", " was not yet published on 2025-12-01")
                .contains("the latest month known that day is October 2025")
                .contains("href=\"/?series=pk.ict.exports&amp;period=2025-10&amp;as_of=2025-12-01\"")
                .contains("href=\"/?series=pk.ict.exports&amp;period=2026-01\"");
        HttpResponse<String> then = get("/?series=pk.ict.exports&period=2025-10&as_of=2025-12-01", BROWSER);
        assertThat(then.statusCode()).as("the link offered works").isEqualTo(200);
    }

    @Test
    void programs_get_problem_details_for_the_same_request() throws Exception {
        HttpResponse<String> json = get("/?series=pk.ict.exports&period=2026-01&as_of=2025-12-01", null);
        assertThat(json.statusCode()).isEqualTo(404);
        assertThat(json.headers().firstValue("Content-Type")).hasValue(Problem.CONTENT_TYPE);
        HttpResponse<String> api = get("/api/series/pk.nope", BROWSER);
        assertThat(api.statusCode()).isEqualTo(404);
        assertThat(api.headers().firstValue("Content-Type"))
                .as("the API never answers HTML")
                .hasValue(Problem.CONTENT_TYPE);
    }

    @Test
    void other_page_errors_are_pages_too_with_the_input_escaped() throws Exception {
        HttpResponse<String> unknown = get("/?series=pk.nope", BROWSER);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("<!doctype html>", "unknown series &#39;pk.nope&#39;", "href=\"/\"");
        HttpResponse<String> hostile = get("/?as_of=%3Cscript%3Ealert(1)%3C/script%3E", BROWSER);
        assertThat(hostile.statusCode()).isEqualTo(400);
        assertThat(hostile.body()).doesNotContain("<script>").contains("&lt;script&gt;");
        HttpResponse<String> mistyped = get("/dashbord", BROWSER);
        assertThat(mistyped.statusCode()).isEqualTo(404);
        assertThat(mistyped.headers().firstValue("Content-Type")).hasValue("text/html;charset=utf-8");
        assertThat(mistyped.body()).contains("/dashbord not found", "href=\"/\"");
        assertThat(get("/dashbord", null).headers().firstValue("Content-Type")).hasValue(Problem.CONTENT_TYPE);
        assertThat(get("/assets/nothing.js", BROWSER).headers().firstValue("Content-Type"))
                .as("assets are for programs")
                .hasValue(Problem.CONTENT_TYPE);
        HttpResponse<String> beyond = get("/?period=2027-01", BROWSER);
        assertThat(beyond.statusCode()).isEqualTo(404);
        assertThat(beyond.body()).contains("has no value for 2027-01").doesNotContain("as known on");
    }
}
