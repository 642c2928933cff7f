package org.exportpulse.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Errors Jetty answers before the routes are problem details too, without internals. */
class ServerErrorsTest {

    @RegisterExtension
    static final ServerForClass SERVER = new ServerForClass();

    /** The whole answer to {@code request} (sent as is), read until the server closes. */
    private static String exchange(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", SERVER.server().port())) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void assertProblem(String answer, int status) {
        assertThat(answer).startsWith("HTTP/1.1 " + status + " ");
        assertThat(answer.toLowerCase(Locale.ROOT)).contains("content-type: application/problem+json");
        String body = answer.substring(answer.indexOf("\r\n\r\n") + 4);
        assertThat(body).startsWith("{\"type\":\"about:blank\"").contains("\"status\":" + status);
        assertThat(body).doesNotContain("<html", "org.eclipse", "Exception");
    }

    @Test
    void a_uri_over_the_limit_gets_414_as_a_problem() throws Exception {
        String path = "/api/series?q=" + "a".repeat(20_000);
        assertProblem(exchange("GET " + path + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"), 414);
    }

    @Test
    void headers_over_the_limit_get_431_as_a_problem() throws Exception {
        String big = "X-Big: " + "a".repeat(20_000) + "\r\n";
        assertProblem(exchange("GET /api/series HTTP/1.1\r\nHost: x\r\n" + big + "Connection: close\r\n\r\n"), 431);
    }

    @Test
    void a_request_jetty_cannot_parse_gets_400_as_a_problem() throws Exception {
        assertProblem(exchange("GET /api/series/%ZZ HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"), 400);
        assertProblem(exchange("GET /api/series HTTP/1.1\r\nHost: x\r\nContent-Length: -5\r\n\r\n"), 400);
    }

    @Test
    void a_streamed_body_over_the_limit_gets_413_as_a_problem_on_the_check_route() throws Exception {
        HttpResponse<String> r = SERVER.server()
                .send(
                        HttpRequest.newBuilder(SERVER.server().uri("/api/check"))
                                .POST(CheckLimitsHttpTest.chunked("a".repeat(2 << 20))),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(r.headers().firstValue("Content-Type")).hasValue(Problem.CONTENT_TYPE);
    }

    @Test
    void a_wrong_method_is_405_with_the_allowed_ones() throws Exception {
        String answer =
                exchange("PUT /api/ingest HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        assertProblem(answer, 405);
        assertThat(answer).containsIgnoringCase("\r\nAllow: POST");
        assertProblem(
                exchange("DELETE /api/series/pk.ict.exports HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"), 405);
    }
}
