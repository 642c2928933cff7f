package org.exportpulse.server.webhook;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.exportpulse.core.figures.HeadlineFiguresKernel;
import org.exportpulse.core.series.Frequency;
import org.exportpulse.core.series.ObservationSource;
import org.exportpulse.core.series.Series;
import org.exportpulse.core.time.CalendarMonth;
import org.exportpulse.export.FiguresJson;
import org.exportpulse.store.AddedVintage;
import org.exportpulse.store.IngestReport;

/**
 * Webhooks ({@code PULSE_WEBHOOKS}): when a series gains a value, each URL receives a signed POST
 * (see {@link WebhookSignature}) with the new periods and, for a monthly series, the figures JSON
 * of its latest new month. Deliveries run on threads of their own, retried with back-off on
 * failures worth retrying (no answer, 408, 429, 5xx); an update never waits for them and never
 * fails because of them. Each outcome is logged.
 */
public final class Webhooks implements AutoCloseable {

    /** The environment variable listing the URLs (comma- or space-separated). */
    public static final String URLS = "PULSE_WEBHOOKS";
    /** The environment variable holding the shared secret that signs deliveries. */
    public static final String SECRET = "PULSE_WEBHOOK_SECRET";
    /** The event named in {@code X-Pulse-Event}. */
    public static final String EVENT = "value.added";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final List<URI> urls;
    private final String secret;
    private final Clock clock;
    private final Consumer<String> log;
    private final int attempts;
    private final Duration firstBackoff;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final ExecutorService senders = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "pulse-webhook");
        t.setDaemon(true);
        return t;
    });
    private final Object lock = new Object();
    private int pending;

    /**
     * @param attempts tries per delivery
     * @param firstBackoff wait before the second try; each later wait doubles
     */
    public Webhooks(
            List<URI> urls, String secret, Clock clock, Consumer<String> log, int attempts, Duration firstBackoff) {
        this.urls = List.copyOf(urls);
        this.secret = secret;
        this.clock = clock;
        this.log = log;
        this.attempts = attempts;
        this.firstBackoff = firstBackoff;
    }

    /**
     * The webhooks the environment names, or none.
     *
     * @throws IllegalArgumentException for a URL that is not http(s), or URLs without a secret
     */
    public static Webhooks fromEnvironment(Map<String, String> env, Clock clock, Consumer<String> log) {
        String text = env.getOrDefault(URLS, "").strip();
        List<URI> urls = new ArrayList<>();
        for (String part : text.isEmpty() ? new String[0] : text.split("[,\\s]+")) {
            URI uri;
            try {
                uri = URI.create(part);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(URLS + ": '" + part + "' is not a URL (expected http(s)://…)", e);
            }
            if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
                throw new IllegalArgumentException(URLS + ": '" + part + "' is not an http(s) URL");
            }
            urls.add(uri);
        }
        String secret = env.get(SECRET);
        if (!urls.isEmpty() && (secret == null || secret.isBlank())) {
            throw new IllegalArgumentException(
                    URLS + " is set but " + SECRET + " is not (expected a shared secret to sign deliveries with)");
        }
        return new Webhooks(urls, secret, clock, log, 5, Duration.ofSeconds(2));
    }

    /** Whether any URL is configured. */
    public boolean any() {
        return !urls.isEmpty();
    }

    /**
     * Sends one delivery per URL for every series that gained a value in {@code report}; returns at
     * once.
     *
     * @param source the store after the update, for the figures
     */
    public void announce(IngestReport report, ObservationSource source) {
        if (urls.isEmpty()) {
            return;
        }
        Map<String, List<AddedVintage>> gained = new LinkedHashMap<>();
        report.added().stream()
                .filter(a -> !a.isRevision())
                .forEach(a -> gained.computeIfAbsent(a.seriesId(), k -> new ArrayList<>())
                        .add(a));
        gained.forEach((id, values) -> {
            byte[] body = payload(id, values, source).toString().getBytes(StandardCharsets.UTF_8);
            for (URI url : urls) {
                synchronized (lock) {
                    pending++;
                }
                senders.execute(() -> {
                    try {
                        deliver(url, id, body);
                    } finally {
                        synchronized (lock) {
                            pending--;
                            lock.notifyAll();
                        }
                    }
                });
            }
        });
    }

    /** Waits until every delivery started has ended, at most {@code wait}; whether they all did. */
    public boolean awaitDeliveries(Duration wait) {
        long until = System.nanoTime() + wait.toNanos();
        synchronized (lock) {
            while (pending > 0) {
                long left = until - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                try {
                    TimeUnit.NANOSECONDS.timedWait(lock, left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
            return true;
        }
    }

    private ObjectNode payload(String seriesId, List<AddedVintage> values, ObservationSource source) {
        ObjectNode root = NODES.objectNode();
        root.put("event", EVENT);
        root.put("series", seriesId);
        ArrayNode added = root.putArray("values");
        AddedVintage latest = values.get(0);
        for (AddedVintage a : values) {
            ObjectNode v = added.addObject();
            v.put("period", a.period().code());
            v.put("vintage", a.vintage());
            v.put("value", a.value());
            v.put("public_by", a.publicBy() == null ? null : a.publicBy().toString());
            v.put("public_by_basis", a.publicByBasis().code());
            if (a.period().last().isAfter(latest.period().last())) {
                latest = a;
            }
        }
        root.put("latest", latest.period().code());
        Series series = source.series(seriesId).orElse(null);
        if (series != null && series.frequency() == Frequency.MONTH && latest.period() instanceof CalendarMonth m) {
            root.set("figures", FiguresJson.of(HeadlineFiguresKernel.of(source).compute(seriesId, m.month())));
        } else {
            root.putNull("figures");
        }
        return root;
    }

    private void deliver(URI url, String seriesId, byte[] body) {
        String delivery = UUID.randomUUID().toString();
        String outcome = "no answer";
        for (int attempt = 1; attempt <= attempts; attempt++) {
            if (attempt > 1 && !pause(firstBackoff.multipliedBy(1L << Math.min(20, attempt - 2)))) {
                return;
            }
            long timestamp = clock.instant().getEpochSecond();
            try {
                HttpResponse<Void> response = http.send(
                        HttpRequest.newBuilder(url)
                                .timeout(Duration.ofSeconds(30))
                                .header("Content-Type", "application/json")
                                .header("User-Agent", "ExportPulse webhooks")
                                .header("X-Pulse-Event", EVENT)
                                .header("X-Pulse-Delivery", delivery)
                                .header(WebhookSignature.TIMESTAMP, Long.toString(timestamp))
                                .header(WebhookSignature.HEADER, WebhookSignature.sign(secret, timestamp, body))
                                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                int status = response.statusCode();
                if (status / 100 == 2) {
                    log.accept("webhook " + url + ": delivered " + seriesId + " (" + delivery + ")");
                    return;
                }
                outcome = "HTTP " + status;
                if (status != 408 && status != 429 && status < 500) {
                    break;
                }
            } catch (java.io.IOException e) {
                outcome = e.getClass().getSimpleName();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        log.accept("webhook " + url + ": gave up on " + seriesId + " (" + delivery + "): " + outcome);
    }

    private static boolean pause(Duration wait) {
        try {
            Thread.sleep(wait.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public void close() {
        senders.shutdownNow();
    }
}
