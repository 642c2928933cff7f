package org.exportpulse.update.http;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.exportpulse.update.SourceFailure;
import org.exportpulse.update.SourceFailure.Kind;

/**
 * GET requests to one publisher: time-outs, retries with back-off (time-outs, failed connections,
 * HTTP 429 and 5xx; a {@code Retry-After} is honoured), a request budget, and one {@link
 * SourceFailure} per way the service can fail. Keys in query strings never reach a message.
 */
public final class PublisherHttp {

    private static final Pattern KEY = Pattern.compile("((?:api_key|apikey|key|token)=)[^&]*");
    private static final String AGENT = "ExportPulse (https://github.com/exportpulse) Java-http-client";

    private final String source;
    private final HttpClient client;
    private final RetryPolicy policy;
    private final RateLimit limit;
    private final Sleeper sleeper;
    private final AtomicInteger requests = new AtomicInteger();

    public PublisherHttp(String source, RetryPolicy policy, RateLimit limit, Sleeper sleeper) {
        this.source = source;
        this.policy = policy;
        this.limit = limit;
        this.sleeper = sleeper;
        this.client = HttpClient.newBuilder()
                .connectTimeout(policy.connectTimeout())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    /** Requests sent so far, retries included. */
    public int requestsMade() {
        return requests.get();
    }

    /** The URI as messages show it: query values of keys replaced by {@code ***}. */
    public static String shown(URI uri) {
        return KEY.matcher(uri.toString()).replaceAll("$1***");
    }

    /**
     * The body of a 200 answer, decoded as UTF-8.
     *
     * @throws SourceFailure when the request fails for good (see {@link Kind})
     */
    public String get(URI uri) {
        SourceFailure last = null;
        for (int attempt = 1; attempt <= policy.attempts(); attempt++) {
            if (attempt > 1) {
                pause(waitBefore(attempt, last), uri);
            }
            String over = limit.take();
            if (over != null) {
                throw new SourceFailure(
                        source,
                        Kind.RATE_LIMITED,
                        "GET " + shown(uri) + " would exceed the publisher's limit of " + over
                                + " (nothing stored; run the update again later)");
            }
            requests.incrementAndGet();
            try {
                HttpResponse<byte[]> response = client.send(
                        HttpRequest.newBuilder(uri)
                                .timeout(policy.requestTimeout())
                                .header("Accept", "application/json, text/csv;q=0.9")
                                .header("User-Agent", AGENT)
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                if (response.statusCode() == 200) {
                    return new String(response.body(), StandardCharsets.UTF_8);
                }
                last = failure(uri, response);
                if (!retried(last)) {
                    throw last;
                }
            } catch (HttpTimeoutException e) {
                last = new SourceFailure(
                        source,
                        Kind.UNREACHABLE,
                        "GET " + shown(uri) + " timed out after " + seconds(policy.requestTimeout())
                                + " (expected an answer; is the service down?)",
                        e);
            } catch (IOException e) {
                last = new SourceFailure(
                        source,
                        Kind.UNREACHABLE,
                        "GET " + shown(uri) + " failed: " + describe(e) + " (expected an answer; check the network)",
                        e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SourceFailure(source, Kind.UNREACHABLE, "GET " + shown(uri) + " was interrupted", e);
            }
        }
        throw new SourceFailure(
                last.source(),
                last.kind(),
                last.getMessage().substring(source.length() + 2) + "; gave up after " + policy.attempts() + " tries",
                last);
    }

    private static boolean retried(SourceFailure f) {
        return f.kind() == Kind.SERVER_ERROR || f.kind() == Kind.RATE_LIMITED;
    }

    private SourceFailure failure(URI uri, HttpResponse<byte[]> response) {
        int status = response.statusCode();
        String request = "GET " + shown(uri) + " answered HTTP " + status;
        if (status == 401 || status == 403) {
            return new SourceFailure(
                    source,
                    Kind.BAD_KEY,
                    request + ": the key was refused (expected a valid, unexpired API key)" + excerpt(response));
        }
        if (status == 429) {
            return new RetryAfter(
                    source,
                    request + ": too many requests (the publisher's rate limit)" + excerpt(response),
                    retryAfter(response));
        }
        if (status == 404) {
            return new SourceFailure(
                    source,
                    Kind.NOT_FOUND,
                    request + ": not found (expected the series or dataset)" + excerpt(response));
        }
        if (status >= 500) {
            return new RetryAfter(source, request + ": a server error" + excerpt(response), retryAfter(response));
        }
        return new SourceFailure(source, Kind.BAD_RESPONSE, request + " (expected 200)" + excerpt(response));
    }

    private Duration waitBefore(int attempt, SourceFailure last) {
        Duration backoff = policy.backoffBefore(attempt);
        if (last instanceof RetryAfter r && r.after.isPresent()) {
            Duration asked = r.after.get();
            if (asked.compareTo(policy.longestWait()) > 0) {
                throw new SourceFailure(
                        source,
                        r.kind(),
                        r.getMessage().substring(source.length() + 2) + "; it asks to retry after "
                                + seconds(asked) + ", longer than " + seconds(policy.longestWait())
                                + " (nothing stored; run the update again later)");
            }
            return asked.compareTo(backoff) > 0 ? asked : backoff;
        }
        return backoff;
    }

    private void pause(Duration wait, URI uri) {
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SourceFailure(source, Kind.UNREACHABLE, "GET " + shown(uri) + " was interrupted", e);
        }
    }

    private static Optional<Duration> retryAfter(HttpResponse<?> response) {
        return response.headers().firstValue("Retry-After").flatMap(v -> {
            try {
                return Optional.of(Duration.ofSeconds(Long.parseLong(v.strip())));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
    }

    private static String excerpt(HttpResponse<byte[]> response) {
        String body =
                new String(response.body(), StandardCharsets.UTF_8).strip().replaceAll("\\s+", " ");
        if (body.isEmpty()) {
            return "";
        }
        return "; the answer begins: " + (body.length() > 160 ? body.substring(0, 160) + "…" : body);
    }

    private static String describe(IOException e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : " " + message);
    }

    private static String seconds(Duration d) {
        return d.toSeconds() + " s";
    }

    /** A failure worth retrying, with the wait the server asked for. */
    private static final class RetryAfter extends SourceFailure {
        private final transient Optional<Duration> after;

        RetryAfter(String source, String message, Optional<Duration> after) {
            super(source, message.contains("HTTP 429") ? Kind.RATE_LIMITED : Kind.SERVER_ERROR, message);
            this.after = after;
        }
    }
}
