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
import org.exportpulse.core.derive.DerivedMonthsSource;
import org.exportpulse.core.engine.Engines;
import org.exportpulse.core.release.FreshnessKernel;
import org.exportpulse.core.release.ReleasePattern;
import org.exportpulse.core.series.NotFoundException;
import org.exportpulse.core.series.ObservationSource;
import org.exportpulse.store.SeriesStore;

/**
 * The monthly brief over HTTP: {@code GET /api/brief?series=&period=&format=html|pdf|md|json}
 * ({@code json}: the numbers with their sources), its charts at {@code /api/brief/charts/{name}.png},
 * and the page {@code /brief} (the HTML brief with download links).
 */
final class BriefRoute {

    private final SeriesStore store;
    private final Engines engines;

    private final BriefPresets presets;
    private final List<ReleasePattern> calendar;
    private final Clock clock;

    BriefRoute(SeriesStore store, Engines engines, BriefPresets presets, List<ReleasePattern> calendar, Clock clock) {
        this.engines = engines;
        this.presets = presets;
        this.calendar = List.copyOf(calendar);
        this.clock = clock;
        this.store = store;
    }

    /** The GET routes under {@code /api}, for the route table the OpenAPI test checks. */
    Map<String, Handler> getRoutes() {
        Map<String, Handler> routes = new LinkedHashMap<>();
        routes.put("/api/brief", this::brief);
        routes.put("/api/brief/charts/{name}", this::chart);
        return routes;
    }

    void brief(Context ctx) throws Exception {
        Brief brief = compute(ctx);
        String format = ctx.queryParam("format") == null ? "html" : ctx.queryParam("format");
        switch (format) {
            case "html" ->
                EntityTags.send(
                        ctx,
                        "text/html; charset=utf-8",
                        HtmlBrief.html(brief).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            case "pdf" -> {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                PdfBrief.write(brief, out);
                ctx.header(
                        "Content-Disposition",
                        "inline; filename=\"brief-" + brief.series().id() + "-" + brief.month() + ".pdf\"");
                EntityTags.send(ctx, "application/pdf", out.toByteArray());
            }
            case "md" ->
                EntityTags.send(
                        ctx,
                        "text/markdown; charset=utf-8",
                        MarkdownBrief.markdown(brief, BriefChartFactory.charts(brief.charts()), "/api/brief/charts/")
                                .replace(
                                        ".png)",
                                        ".png?series=" + brief.series().id() + "&period=" + brief.month() + ")")
                                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            case "json" ->
                EntityTags.send(
                        ctx,
                        "application/json",
                        NumbersBlock.of(brief).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            default ->
                throw new IllegalArgumentException(
                        "format " + format + " is not a brief format (expected html, pdf, md or json)");
        }
    }

    void chart(Context ctx) throws Exception {
        String name = ctx.pathParam("name").replaceFirst("\\.png$", "");
        Brief brief = compute(ctx);
        List<ChartImage> charts = BriefChartFactory.charts(brief.charts());
        ChartImage chart = charts.stream()
                .filter(c -> c.name().equals(name))
                .findFirst()
                .orElseThrow(() -> NotFoundException.resource("/api/brief/charts/" + ctx.pathParam("name")));
        EntityTags.send(ctx, "image/png", chart.png());
    }

    /** {@code GET /brief}: the HTML brief with links to its PDF and Markdown. */
    void page(Context ctx) {
        Brief brief = compute(ctx);
        String query = "series=" + brief.series().id() + "&amp;period=" + brief.month();
        String bar =
                "<nav class=\"brief-links\" style=\"font-size:.9em;margin-bottom:1em\"><a href=\"/\">Dashboard</a> · "
                        + "<a href=\"/api/brief?" + query + "&amp;format=pdf\">PDF</a> · <a href=\"/api/brief?" + query
                        + "&amp;format=md\">Markdown</a> · <a href=\"/api/brief?" + query
                        + "&amp;format=json\">numbers (JSON)</a></nav>";
        ctx.contentType("text/html; charset=utf-8")
                .result(HtmlBrief.html(brief).replaceFirst("<body>", "<body>" + bar));
    }

    private Brief compute(Context ctx) {
        String series = ctx.queryParam("series") == null ? presets.flagship().seriesId() : ctx.queryParam("series");
        String period = ctx.queryParam("period");
        YearMonth month = period == null || period.isBlank() ? null : ApiRoutes.month(period);
        ObservationSource source = DerivedMonthsSource.over(store);
        BriefKernel kernel = BriefKernel.of(source, store::vintages, store.allSeries(), engines);
        return FreshnessKernel.of(source, calendar)
                .compute(series, LocalDate.now(clock))
                .map(kernel::withFreshness)
                .orElse(kernel)
                .compute(presets.forSeries(series, month));
    }
}
