package org.exportpulse.server;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.exportpulse.brief.BriefChartFactory;
import org.exportpulse.brief.ChartImage;
import org.exportpulse.brief.HtmlBrief;
import org.exportpulse.brief.MarkdownBrief;
import org.exportpulse.brief.NumbersBlock;
import org.exportpulse.brief.PdfBrief;
import org.exportpulse.brief.compose.Brief;
import org.exportpulse.brief.compose.BriefKernel;
import org.exportpulse.brief.compose.BriefPresets;
import org.exportpulse.core.engine.Engines;
import org.exportpulse.core.release.FreshnessKernel;
import org.exportpulse.core.release.ReleasePattern;
import org.exportpulse.core.series.NotFoundException;
import org.exportpulse.core.series.ObservationSource;
import org.exportpulse.store.SeriesStore;

/**
 * The monthly brief over HTTP: {@code GET /api/brief?series=&period=&format=html|pdf|md|json}
 * ({@code json}: the numbers with their sources), its charts at {@code /api/brief/charts/{name}.png},
 * and the page {@code /brief} (the HTML brief with download links). Each answer is kept until the
 * store changes or the day does (freshness depends on the day): a brief is computed once per store
 * change, not per request.
 */
final class BriefRoute {

    private final SeriesStore store;
    private final StoreReads reads;
    private final Engines engines;

    private final BriefPresets presets;
    private final List<ReleasePattern> calendar;
    private final Clock clock;
    private final FreshnessNote freshness;

    /** Answers by series, month, format, store change and day; at most 64 of them, 64 MB. */
    private final LruCache<byte[]> answers = new LruCache<>(64, 64L << 20, b -> b.length);

    BriefRoute(
            SeriesStore store,
            StoreReads reads,
            Engines engines,
            BriefPresets presets,
            List<ReleasePattern> calendar,
            Clock clock) {
        this.engines = engines;
        this.presets = presets;
        this.calendar = List.copyOf(calendar);
        this.clock = clock;
        this.store = store;
        this.reads = reads;
        this.freshness = new FreshnessNote(calendar, clock);
    }

    /** What an answer depends on besides the data: the request's series, month and form, the day. */
    private String key(Context ctx, String form) {
        return ctx.queryParam("series") + "|" + ctx.queryParam("period") + "|" + form + "|"
                + store.lastChanged().map(Object::toString).orElse("-") + "|" + LocalDate.now(clock);
    }

    /** The answer kept under {@code ctx}'s key for {@code form}, made by {@code make} when there is none. */
    private byte[] kept(Context ctx, String form, java.util.function.Function<Brief, byte[]> make) {
        String key = key(ctx, form);
        byte[] answer = answers.get(key);
        if (answer == null) {
            answer = make.apply(compute(ctx));
            answers.put(key, answer);
        }
        return answer;
    }

    /** The GET routes under {@code /api}, for the route table the OpenAPI test checks. */
    Map<String, Handler> getRoutes() {
        Map<String, Handler> routes = new LinkedHashMap<>();
        routes.put("/api/brief", this::brief);
        routes.put("/api/brief/charts/{name}", this::chart);
        return routes;
    }

    void brief(Context ctx) throws Exception {
        String format = ctx.queryParam("format") == null ? "html" : ctx.queryParam("format");
        switch (format) {
            case "html" ->
                EntityTags.send(ctx, "text/html; charset=utf-8", kept(ctx, format, b -> utf8(HtmlBrief.html(b))));
            case "pdf" -> {
                byte[] pdf = kept(ctx, format, BriefRoute::pdf);
                String name = new String(
                        kept(ctx, "pdf-name", b -> utf8("brief-" + b.series().id() + "-" + b.month() + ".pdf")),
                        java.nio.charset.StandardCharsets.UTF_8);
                ctx.header("Content-Disposition", "inline; filename=\"" + name + "\"");
                EntityTags.send(ctx, "application/pdf", pdf);
            }
            case "md" -> EntityTags.send(ctx, "text/markdown; charset=utf-8", kept(ctx, format, BriefRoute::markdown));
            case "json" ->
                EntityTags.send(
                        ctx,
                        "application/json",
                        kept(ctx, format, b -> utf8(NumbersBlock.of(b).toString())));
            default ->
                throw new IllegalArgumentException(
                        "format " + format + " is not a brief format (expected html, pdf, md or json)");
        }
    }

    private static byte[] utf8(String text) {
        return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static byte[] pdf(Brief brief) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfBrief.write(brief, out);
        return out.toByteArray();
    }

    private static byte[] markdown(Brief brief) {
        return utf8(MarkdownBrief.markdown(brief, BriefChartFactory.charts(brief.charts()), "/api/brief/charts/")
                .replace(".png)", ".png?series=" + brief.series().id() + "&period=" + brief.month() + ")"));
    }

    void chart(Context ctx) throws Exception {
        String name = ctx.pathParam("name").replaceFirst("\\.png$", "");
        byte[] png = kept(
                ctx,
                "chart:" + name,
                brief -> BriefChartFactory.charts(brief.charts()).stream()
                        .filter(c -> c.name().equals(name))
                        .findFirst()
                        .map(ChartImage::png)
                        .orElseThrow(() -> NotFoundException.resource("/api/brief/charts/" + ctx.pathParam("name"))));
        EntityTags.send(ctx, "image/png", png);
    }

    /** {@code GET /brief}: the HTML brief with links to its PDF and Markdown. */
    void page(Context ctx) {
        byte[] page = kept(ctx, "page", brief -> {
            String query = "series=" + brief.series().id() + "&amp;period=" + brief.month();
            String bar = "<nav class=\"brief-links\" style=\"font-size:.9em;margin-bottom:1em\"><a href=\"/\">Dashboard"
                    + "</a> · <a href=\"/check\">Check an article</a> · <a href=\"/api/brief?" + query
                    + "&amp;format=pdf\">PDF</a> · <a href=\"/api/brief?" + query + "&amp;format=md\">Markdown</a> · "
                    + "<a href=\"/api/brief?" + query + "&amp;format=json\">numbers (JSON)</a></nav>"
                    + freshness.html(
                            reads.current(ctx),
                            brief.series().id(),
                            brief.series().title(),
                            true,
                            null);
            return utf8(HtmlBrief.html(brief)
                    .replaceFirst("<body>", java.util.regex.Matcher.quoteReplacement("<body>" + bar)));
        });
        ctx.contentType("text/html; charset=utf-8").result(page);
    }

    private Brief compute(Context ctx) {
        String series = ctx.queryParam("series") == null ? presets.flagship().seriesId() : ctx.queryParam("series");
        String period = ctx.queryParam("period");
        YearMonth month = period == null || period.isBlank() ? null : ApiRoutes.month(period);
        ObservationSource source = reads.current(ctx);
        BriefKernel kernel = BriefKernel.of(source, reads.vintages(ctx), store.allSeries(), engines);
        return FreshnessKernel.of(source, calendar)
                .compute(series, LocalDate.now(clock))
                .map(kernel::withFreshness)
                .orElse(kernel)
                .compute(presets.forSeries(series, month));
    }
}
