package org.exportpulse.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code POST /api/check} and the {@code /check} form within their {@link CheckLimits}, over HTTP. */
class CheckLimitsHttpTest {

    /** A short paragraph with claims, repeated to make an article of {@code bytes} bytes. */
    static String article(int bytes) {
        String paragraph = "Pakistan's IT exports rose to $348 million in November 2025, up 25% year-on-year, the"
                + " State Bank said. In July-November FY26 they reached $1.6 billion. ";
        return paragraph.repeat(bytes / paragraph.length() + 1).substring(0, bytes);
    }

    static HttpRequest.Builder check(BundledServer server, String text) {
        return HttpRequest.newBuilder(server.uri("/api/check"))
                .header("Content-Type", "text/plain; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(text));
    }

    @Test
    void an_article_over_the_limit_gets_413_whether_or_not_it_declares_its_length(@TempDir Path home) throws Exception {
        try (CheckGate gate = new CheckGate(new CheckLimits(1, 0, Duration.ofSeconds(30), 1000));
                BundledServer server = BundledServer.start(home, gate)) {
            HttpResponse<String> declared =
                    server.send(check(server, article(1001)), HttpResponse.BodyHandlers.ofString());
            assertThat(declared.statusCode()).isEqualTo(413);
            assertThat(declared.headers().firstValue("Content-Type")).hasValue(Problem.CONTENT_TYPE);
            assertThat(declared.body()).contains("the article has 1001 bytes of UTF-8; the limit is 1000");

            HttpRequest.BodyPublisher chunked = chunked(article(5000));
            HttpResponse<String> streamed = server.send(
                    HttpRequest.newBuilder(server.uri("/api/check")).POST(chunked),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(streamed.statusCode()).isEqualTo(413);
            assertThat(streamed.body()).contains("more than 3000 bytes");

            HttpResponse<String> form = server.send(
                    HttpRequest.newBuilder(server.uri("/check"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString("text=" + "x".repeat(1200))),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(form.statusCode()).isEqualTo(413);

            HttpResponse<String> within =
                    server.send(check(server, article(1000)), HttpResponse.BodyHandlers.ofString());
            assertThat(within.statusCode()).isEqualTo(200);
            assertThat(within.body()).contains("\"verdict\"");
        }
    }

    @Test
    void a_check_whose_client_goes_away_is_stopped(@TempDir Path home) throws Exception {
        try (CheckGate gate = new CheckGate(new CheckLimits(1, 0, Duration.ofSeconds(120), 8L << 20));
                BundledServer server = BundledServer.start(home, gate)) {
            byte[] body = article(4 << 20).getBytes(StandardCharsets.UTF_8);
            try (Socket socket = new Socket("127.0.0.1", server.port())) {
                OutputStream out = socket.getOutputStream();
                out.write(("POST /api/check HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/plain\r\nContent-Length: "
                                + body.length + "\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                out.write(body);
                out.flush();
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                while (gate.inFlight() == 0 && System.nanoTime() < deadline) {
                    Thread.sleep(10);
                }
                assertThat(gate.inFlight()).as("the check started").isEqualTo(1);
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (gate.stopped() == 0 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertThat(gate.stopped()).as("the abandoned check was stopped").isEqualTo(1);
        }
    }

    /** A body without a declared length (sent chunked). */
    static HttpRequest.BodyPublisher chunked(String text) {
        HttpRequest.BodyPublisher whole = HttpRequest.BodyPublishers.ofString(text);
        return new HttpRequest.BodyPublisher() {
            @Override
            public long contentLength() {
                return -1;
            }

            @Override
            public void subscribe(Flow.Subscriber<? super ByteBuffer> subscriber) {
                whole.subscribe(subscriber);
            }
        };
    }
}
