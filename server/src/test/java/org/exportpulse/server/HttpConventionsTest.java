package org.exportpulse.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** HEAD, conditional requests, caching and cross-origin reads, as HTTP clients and browsers expect. */
class HttpConventionsTest {

    private static final String FIGURES = "/api/series/pk.ict.exports/figures";

    @RegisterExtension
    static final ServerForClass SERVER = new ServerForClass();

    private static HttpResponse<String> send(String method, String path, String... headers) throws Exception {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(SERVER.server().uri(path)).method(method, HttpRequest.BodyPublishers.noBody());
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return SERVER.server().send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void head_carries_the_headers_of_get_and_no_body() throws Exception {
        for (String path : new String[] {FIGURES + "?period=2025-11", FIGURES + "?period=2025-11"}) {
            HttpResponse<String> get = send("GET", path);
            HttpResponse<String> head = send("HEAD", path);
            byte[] body = SERVER.server()
                    .send(HttpRequest.newBuilder(SERVER.server().uri(path)), HttpResponse.BodyHandlers.ofByteArray())
                    .body();
            assertThat(head.statusCode()).isEqualTo(200);
            assertThat(head.body()).isEmpty();
            for (String name : new String[] {"ETag", "Last-Modified", "Content-Type", "Cache-Control"}) {
                assertThat(head.headers().firstValue(name))
                        .as(name)
                        .isEqualTo(get.headers().firstValue(name));
            }
            assertThat(head.headers().firstValue("Content-Length")).hasValue(Integer.toString(body.length));
        }
    }

    @Test
    void if_modified_since_gives_304_when_nothing_changed_since() throws Exception {
        for (int i = 0; i < 2; i++) { // the first answer is built, the second comes from the cache
            HttpResponse<String> first = send("GET", FIGURES);
            String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();
            assertThat(first.headers().firstValue("Cache-Control")).hasValue("public, no-cache");
            assertThat(send("GET", FIGURES, "If-Modified-Since", lastModified).statusCode())
                    .isEqualTo(304);
            assertThat(send("GET", FIGURES, "If-Modified-Since", "Sat, 01 Jan 2000 00:00:00 GMT")
                            .statusCode())
                    .isEqualTo(200);
            assertThat(send("GET", FIGURES, "If-Modified-Since", "not a date").statusCode())
                    .isEqualTo(200);
            assertThat(send("GET", FIGURES, "If-Modified-Since", lastModified, "If-None-Match", "\"other\"")
                            .statusCode())
                    .as("If-None-Match decides when both are given")
                    .isEqualTo(200);
        }
    }

    @Test
    void reads_may_come_from_any_origin_and_writes_may_not() throws Exception {
        HttpResponse<String> get = send("GET", FIGURES, "Origin", "https://newsroom.example");
        assertThat(get.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
        assertThat(get.headers().firstValue("Access-Control-Expose-Headers").orElseThrow())
                .contains("ETag");

        HttpResponse<String> preflight = send(
                "OPTIONS",
                FIGURES,
                "Origin",
                "https://newsroom.example",
                "Access-Control-Request-Method",
                "GET",
                "Access-Control-Request-Headers",
                "if-none-match");
        assertThat(preflight.statusCode()).isEqualTo(204);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods"))
                .hasValue("GET, HEAD");

        HttpResponse<String> write = SERVER.server()
                .send(
                        HttpRequest.newBuilder(SERVER.server().uri("/api/ingest"))
                                .header("Origin", "https://evil.example")
                                .POST(HttpRequest.BodyPublishers.ofString("series,period,value\n")),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(write.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }
}
