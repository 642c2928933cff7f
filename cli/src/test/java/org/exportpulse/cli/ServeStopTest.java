package org.exportpulse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code pulse serve} in its own process, stopped the way Docker and systemd stop it (SIGTERM): the
 * request it is answering still gets its answer, the process exits 0 and says so, without a stack
 * trace, and the store it leaves opens again.
 */
class ServeStopTest {

    private static final Pattern ADDRESS = Pattern.compile("on (http://[^/ ]+/)");

    @Test
    void sigterm_answers_the_running_request_and_exits_zero_without_a_stack_trace(@TempDir Path home) throws Exception {
        Path log = home.resolve("serve.err");
        ProcessBuilder builder = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                Pulse.class.getName(),
                "serve",
                "--port",
                "0");
        builder.environment().put("PULSE_HOME", home.toString());
        builder.environment().remove("PULSE_DB");
        builder.environment().remove("PULSE_TOKEN");
        builder.redirectError(log.toFile());
        Process server = builder.start();
        try {
            String base = address(server);
            HttpClient client = HttpClient.newHttpClient();
            // the first brief of a fresh server takes a second or more: it is still running at the signal
            CompletableFuture<HttpResponse<String>> brief = client.sendAsync(
                    HttpRequest.newBuilder(URI.create(base + "brief"))
                            .timeout(Duration.ofSeconds(60))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            Thread.sleep(300);
            server.destroy(); // SIGTERM
            assertThat(server.waitFor(60, TimeUnit.SECONDS))
                    .as("stopped within a minute")
                    .isTrue();
            String err = Files.readString(log);
            assertThat(server.exitValue()).as(err).isZero();
            assertThat(err).contains("pulse serve: stopped.").doesNotContain("Exception", "\tat ");
            HttpResponse<String> answer = brief.get(10, TimeUnit.SECONDS);
            assertThat(answer.statusCode())
                    .as("the request running at the signal is answered")
                    .isEqualTo(200);
            assertThat(answer.body()).contains("</html>");
        } finally {
            server.destroyForcibly();
        }
        assertThat(PulseRun.in(home, "series").exitCode())
                .as("the store opens again")
                .isZero();
    }

    private static String address(Process server) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = out.readLine()) != null) {
            Matcher m = ADDRESS.matcher(line);
            if (m.find()) {
                return m.group(1);
            }
        }
        throw new AssertionError("pulse serve ended without announcing its address");
    }
}
