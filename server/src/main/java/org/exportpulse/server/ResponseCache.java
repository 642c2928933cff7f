package org.exportpulse.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.zip.GZIPOutputStream;

/**
 * Successful {@code GET /api/...} bodies kept in memory, keyed by the request and the store's last
 * change, and served in front of the router: a hit never reaches route matching or a handler.
 *
 * <p>Every request still asks the store when it last changed (one query), so an ingest through any
 * instance sharing the database makes every older entry unreachable: nothing is served that another
 * instance could have changed. A hit answers exactly as the handler did — status 200 (or 304 when
 * {@code If-None-Match} names its tag), {@code Content-Type}, {@code ETag}, {@code Last-Modified},
 * {@code Content-Disposition} — gzip-compressed when the client accepts it and the body is textual
 * and at least {@value #MIN_COMPRESSED_BYTES} bytes, as the router compresses. Every GET answer says
 * {@code Vary: Accept, Accept-Encoding} (the key holds the {@code Accept} header). At most {@value #CAPACITY} entries and {@value #CAPACITY_BYTES}
 * bytes are kept, the least recently used leaving first.
 */
final class ResponseCache implements Filter {

    /** Entries kept at most; the least recently used go first. */
    static final int CAPACITY = 2_000;

    /** Bytes kept at most (bodies and their gzip forms); the least recently used go first. */
    static final long CAPACITY_BYTES = 64L * 1024 * 1024;

    /** Bodies shorter than this, in bytes, are sent uncompressed (the router's threshold). */
    static final int MIN_COMPRESSED_BYTES = 1_500;

    static final String LAST_CHANGED = "pulse.lastChanged";
    static final String BODY = "pulse.body";
    static final String TYPE = "pulse.type";
    static final String TAG = "pulse.tag";

    private static final String DISPOSITION = "Content-Disposition";

    /**
     * A kept answer: its body, the body gzip-compressed ({@code null} when not worth it), its tag, and
     * its {@code Last-Modified} and {@code Content-Disposition} values ({@code null} when none).
     */
    private record Entry(
            String contentType, byte[] body, byte[] gzipped, String tag, String lastModified, String disposition) {
        long bytes() {
            return body.length + (gzipped == null ? 0 : gzipped.length);
        }
    }

    private final Supplier<Optional<Instant>> lastChanged;
    private final Clock clock;

    private final LruCache<Entry> entries = new LruCache<>(CAPACITY, CAPACITY_BYTES, Entry::bytes);

    /**
     * @param lastChanged the store's last change, asked once per request
     * @param clock answers are kept for the day they were made on (some, like freshness against the
     *     release calendar, depend on the day as well as the store)
     */
    ResponseCache(Supplier<Optional<Instant>> lastChanged, Clock clock) {
        this.lastChanged = lastChanged;
        this.clock = clock;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse res = (HttpServletResponse) response;
        if (!"GET".equals(req.getMethod()) && !"HEAD".equals(req.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        Optional<Instant> changed = lastChanged.get();
        req.setAttribute(LAST_CHANGED, changed);
        res.setHeader(
                "Vary", "Accept, Accept-Encoding"); // hit or miss: formats are negotiated, large bodies compressed
        String key = key(req, changed) + "#" + LocalDate.now(clock);
        Entry hit = entries.get(key);
        if (hit != null) {
            serve(hit, req, res);
            return;
        }
        chain.doFilter(request, response);
        @SuppressWarnings("unchecked")
        Optional<Instant> read = (Optional<Instant>) req.getAttribute(LAST_CHANGED);
        if (read != null && !read.equals(changed)) {
            // the answer was built again on a newer state of the store: keep it under that state
            key = key(req, read) + "#" + LocalDate.now(clock);
            changed = read;
        }
        keep(key, changed, req, res);
    }

    /** The {@code Last-Modified} value of a store last changed at {@code changed}. */
    static String httpDate(Instant changed) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(changed.atOffset(ZoneOffset.UTC));
    }

    private void keep(String key, Optional<Instant> changed, HttpServletRequest req, HttpServletResponse res) {
        byte[] body = (byte[]) req.getAttribute(BODY);
        if (body == null || res.getStatus() != HttpServletResponse.SC_OK) {
            return;
        }
        String type = (String) req.getAttribute(TYPE);
        byte[] gzipped = compressible(type, body) ? gzip(body) : null;
        String lastModified = changed.map(ResponseCache::httpDate).orElse(null);
        String tag = (String) req.getAttribute(TAG);
        entries.put(key, new Entry(type, body, gzipped, tag, lastModified, res.getHeader(DISPOSITION)));
    }

    private static void serve(Entry hit, HttpServletRequest req, HttpServletResponse res) throws IOException {
        if (hit.lastModified() != null) {
            res.setHeader("Last-Modified", hit.lastModified());
        }
        res.setHeader("ETag", hit.tag());
        res.setHeader("Cache-Control", EntityTags.CACHE_CONTROL);
        if (EntityTags.notModified(
                req.getHeader("If-None-Match"), req.getHeader("If-Modified-Since"), hit.tag(), hit.lastModified())) {
            res.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        if (hit.disposition() != null) {
            res.setHeader(DISPOSITION, hit.disposition());
        }
        res.setContentType(hit.contentType());
        byte[] body = hit.body();
        if (hit.gzipped() != null && acceptsGzip(req.getHeader("Accept-Encoding"))) {
            res.setHeader("Content-Encoding", "gzip");
            body = hit.gzipped();
        }
        res.setContentLength(body.length);
        res.getOutputStream().write(body);
    }

    private static String key(HttpServletRequest req, Optional<Instant> changed) {
        String query = req.getQueryString();
        String accept = req.getHeader("Accept");
        return req.getRequestURI() + "?" + (query == null ? "" : query) + "@"
                + changed.map(Instant::toString).orElse("never") + "|" + (accept == null ? "" : accept);
    }

    private static boolean compressible(String contentType, byte[] body) {
        return body.length >= MIN_COMPRESSED_BYTES
                && contentType != null
                && (contentType.startsWith("text/")
                        || contentType.startsWith("application/json")
                        || contentType.startsWith("application/yaml"));
    }

    /** Whether an {@code Accept-Encoding} value admits gzip (not refused with {@code q=0}). */
    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String coding : acceptEncoding.split(",")) {
            String[] parts = coding.split(";");
            String name = parts[0].strip();
            if (name.equalsIgnoreCase("gzip") || name.equals("*")) {
                return parts.length < 2 || !parts[1].strip().matches("q\\s*=\\s*0(\\.0*)?");
            }
        }
        return false;
    }

    private static byte[] gzip(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 3 + 64);
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
