package org.exportpulse.server;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.exportpulse.brief.compose.BriefPresets;
import org.exportpulse.brief.compose.BriefSpec;
import org.exportpulse.core.derive.DerivedMonthsSource;
import org.exportpulse.core.figures.Comparison;
import org.exportpulse.core.figures.HeadlineFigures;
import org.exportpulse.core.figures.HeadlineFiguresKernel;
import org.exportpulse.core.forecast.SeriesForecast;
import org.exportpulse.core.release.ReleasePattern;
import org.exportpulse.core.series.Frequency;
import org.exportpulse.core.series.MonthRuns;
import org.exportpulse.core.series.NotFoundException;
import org.exportpulse.core.series.Observation;
import org.exportpulse.core.series.ObservationSource;
import org.exportpulse.core.series.Series;
import org.exportpulse.core.series.SeriesGroups;
import org.exportpulse.core.series.Unit;
import org.exportpulse.core.series.VintageSource;
import org.exportpulse.core.time.CalendarMonth;
import org.exportpulse.export.HtmlText;
import org.exportpulse.export.Numbers;
import org.exportpulse.export.RecordWords;
import org.exportpulse.store.SeriesFacts;
import org.exportpulse.store.SeriesStore;

/**
 * The dashboard at {@code /}: headline cards for a month of a monthly series (server-rendered),
 * a chart of the series with a transform picker (drawn by {@code dashboard.js} with ECharts from the
 * API), an as-of date, and downloads. Every text from data or input is escaped.
 */
final class DashboardPage {

    /** JavaScript libraries and styles served from the jar: ECharts from its webjar, ours from resources. */
    private static final String ECHARTS = "META-INF/resources/webjars/echarts/5.3.1/dist/echarts.min.js";

    private static final String SWAGGER_UI = "META-INF/resources/webjars/swagger-ui/5.34.1/";

    /** Economies compared in the peers chart (World Bank codes), Pakistan first. */
    static final List<String> PEERS = List.of("PAK", "IND", "BGD", "PHL", "LKA", "EGY", "MAR", "KEN", "IDN", "UKR");

    private static final String NOT_AVAILABLE = "Not available";

    private final SeriesStore store;
    private final StoreReads reads;
    private final SeriesGroups groups;
    private final DashboardCharts charts;

    private final BriefPresets presets;
    private final List<ReleasePattern> calendar;
    private final Clock clock;

    DashboardPage(
            SeriesStore store,
            StoreReads reads,
            SeriesGroups groups,
            BriefPresets presets,
            List<ReleasePattern> calendar,
            Clock clock) {
        this.store = store;
        this.reads = reads;
        this.groups = groups;
        this.charts = new DashboardCharts(store);
        this.presets = presets;
        this.calendar = List.copyOf(calendar);
        this.clock = clock;
    }

    void render(Context ctx) {
        String seriesId = param(ctx, "series", presets.flagship().seriesId());
        String asOf = param(ctx, "as_of", "");
        Series series = store.series(seriesId).orElseThrow(() -> NotFoundException.series(seriesId));
        ObservationSource source = reads.of(ctx, Dates.parse("as_of", asOf));
        if (series.frequency() == Frequency.YEAR || series.frequency() == Frequency.FISCAL_YEAR) {
            ctx.contentType("text/html; charset=utf-8").result(yearly(series, source));
            return;
        }
        HeadlineFiguresKernel kernel = HeadlineFiguresKernel.of(source);
        DashboardCharts.View view = new DashboardCharts.View(
                param(ctx, "transform", "lin"), optionalMonth(ctx, "from"), optionalMonth(ctx, "to"));
        String period = param(ctx, "period", "");
        YearMonth month = period.isEmpty() ? kernel.latestMonth(seriesId) : ApiRoutes.month(period);
        HeadlineFigures f;
        try {
            f = kernel.compute(seriesId, month);
        } catch (NotFoundException e) {
            if (!asOf.isEmpty() && ErrorPage.wanted(ctx) && publishedLater(ctx, seriesId, month)) {
                notYetPublished(ctx, series, month, asOf, kernel.latestMonth(seriesId));
                return;
            }
            throw e;
        }
        ctx.contentType("text/html; charset=utf-8").result(page(series, f, asOf, source, reads.vintages(ctx), view));
    }

    private static YearMonth optionalMonth(Context ctx, String name) {
        String text = param(ctx, name, "");
        return text.isEmpty() ? null : ApiRoutes.month(text);
    }

    private boolean publishedLater(Context ctx, String seriesId, YearMonth month) {
        return reads.current(ctx).currentObservations(seriesId).stream()
                .anyMatch(o -> o.period().code().equals(month.toString()));
    }

    /** A permalink to a month as of a day before it was published: 404, saying so, with both ways on. */
    private static void notYetPublished(Context ctx, Series series, YearMonth month, String asOf, YearMonth latest) {
        String id = HtmlText.escape(series.id());
        String day = HtmlText.escape(asOf);
        ErrorPage.write(
                ctx,
                HttpStatus.NOT_FOUND,
                Numbers.month(month) + " of " + series.title() + " was not yet published on " + asOf
                        + ": the latest month known that day is " + Numbers.month(latest) + ".",
                "<li><a href=\"/?series=" + id + "&amp;period=" + latest + "&amp;as_of=" + day + "\">"
                        + HtmlText.escape(Numbers.month(latest)) + " as known on " + day + "</a></li>"
                        + "<li><a href=\"/?series=" + id + "&amp;period=" + month + "\">"
                        + HtmlText.escape(Numbers.month(month)) + " as known today</a></li>");
    }

    /** Swagger UI over the OpenAPI document, at {@code /docs}, under the freshness of the flagship series. */
    void docs(Context ctx) {
        Series flagship = store.series(presets.flagship().seriesId()).orElse(null);
        String note = flagship == null
                ? ""
                : new FreshnessNote(calendar, clock)
                        .html(DerivedMonthsSource.over(store), flagship.id(), flagship.title(), true, null);
        ctx.contentType("text/html; charset=utf-8")
                .result("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                        + "<title>ExportPulse API</title>"
                        + "<link rel=\"icon\" href=\"data:,\"><link rel=\"stylesheet\" href=\"/assets/swagger-ui.css\">"
                        + "<link rel=\"stylesheet\" href=\"/assets/dashboard.css\"></head><body>"
                        + "<header><h1>ExportPulse API</h1><nav><a href=\"/\">Dashboard</a> · <a href=\"/brief\">Monthly"
                        + " brief</a> · <a href=\"/check\">Check an article</a> · <a href=\"/api/openapi.yaml\">OpenAPI"
                        + " document</a></nav></header><main>" + note + "<div id=\"swagger\"></div></main>"
                        + "<script src=\"/assets/swagger-ui-bundle.js\"></script>"
                        + "<script src=\"/assets/docs.js\"></script></body></html>");
    }

    void asset(Context ctx) throws IOException {
        String name = ctx.pathParam("name");
        String resource = switch (name) {
            case "echarts.min.js" -> ECHARTS;
            case "swagger-ui-bundle.js", "swagger-ui.css" -> SWAGGER_UI + name;
            case "dashboard.js", "dashboard.css", "docs.js" -> "org/exportpulse/server/assets/" + name;
            default -> throw NotFoundException.resource("/assets/" + name);
        };
        try (InputStream in = DashboardPage.class.getClassLoader().getResourceAsStream(resource)) {
            String type = name.endsWith(".css") ? "text/css; charset=utf-8" : "text/javascript; charset=utf-8";
            ctx.header("Cache-Control", "max-age=3600");
            EntityTags.send(ctx, type, in.readAllBytes());
        }
    }

    /** How current the series is against its publisher's release calendar (on the as-of date or today). */
    private void freshness(StringBuilder html, Series series, String asOf, ObservationSource source) {
        html.append(new FreshnessNote(calendar, clock)
                .html(source, series.id(), series.title(), false, asOf.isEmpty() ? null : Dates.parse("as_of", asOf)));
    }

    /** The document's head, the page header (series and when, links) and the opening of {@code <main>}. */
    private static void head(StringBuilder html, Series series, String when, String firstLinks) {
        html.append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>ExportPulse — ")
                .append(HtmlText.escape(series.title()))
                .append("</title>")
                .append("<link rel=\"icon\" href=\"data:,\">")
                .append("<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Releases and revisions\""
                        + " href=\"/feed.atom\">")
                .append("<link rel=\"stylesheet\" href=\"/assets/dashboard.css\"></head><body>")
                .append("<header><h1>ExportPulse</h1><p>")
                .append(HtmlText.escape(series.title()))
                .append(" — ")
                .append(HtmlText.escape(when))
                .append("</p><nav>")
                .append(firstLinks)
                .append("<a href=\"/check\">Check an article</a> · <a href=\"/docs\">API</a>"
                        + " · <a href=\"/feed.atom\">Releases feed</a></nav>")
                .append("</header><main>");
    }

    /** A series published once a year or fiscal year: {@link YearlyPage} under the same header and picker. */
    private String yearly(Series series, ObservationSource source) {
        StringBuilder html = new StringBuilder(8192);
        Map<String, SeriesFacts> all = store.facts(); // one scan of the store per page
        SeriesFacts facts = all.get(series.id());
        head(html, series, facts == null || facts.lastPeriod() == null ? "no values" : facts.lastPeriod(), "");
        html.append("<form method=\"get\" action=\"/\" class=\"pickers\"><label>Series ");
        SeriesMenu.append(html, menu(), all, groups, series.id());
        html.append("</label><button type=\"submit\">Show</button></form>");
        YearlyPage.body(html, series, source, facts);
        html.append(
                        "</main><script src=\"/assets/echarts.min.js\"></script><script src=\"/assets/dashboard.js\"></script>")
                .append("</body></html>");
        return html.toString();
    }

    /** The series a reader can pick: every monthly series, and the flagship's World Bank peers. */
    private List<Series> menu() {
        BriefSpec flagship = presets.flagship();
        java.util.Set<String> peers = new java.util.HashSet<>();
        for (String code : flagship.peers()) {
            peers.add(flagship.peerSeriesPrefix() + code.toLowerCase(java.util.Locale.ROOT));
        }
        return store.allSeries().stream()
                .filter(s -> s.frequency() == Frequency.MONTH || peers.contains(s.id()))
                .toList();
    }

    private String page(
            Series series,
            HeadlineFigures f,
            String asOf,
            ObservationSource source,
            VintageSource vintages,
            DashboardCharts.View view) {
        Unit unit = series.unit();
        StringBuilder html = new StringBuilder(8192);
        head(
                html,
                series,
                Numbers.month(f.period()),
                "<a href=\"/brief?series=" + HtmlText.escape(series.id()) + "&amp;period=" + f.period()
                        + "\">Monthly brief</a> · ");
        freshness(html, series, asOf, source);
        Map<String, SeriesFacts> facts = store.facts(); // one scan of the store per page
        form(html, series, f, asOf, view, facts);
        html.append("<section class=\"cards\" aria-label=\"Headline figures\">");
        card(
                html,
                "value",
                "Value",
                f.observation() == null
                        ? NOT_AVAILABLE
                        : Numbers.amount(f.observation().value(), unit),
                f.observation() == null
                        ? "no value for " + Numbers.month(f.period())
                        : f.observation().status().code() + ", vintage "
                                + f.observation().vintage());
        comparison(html, "mom", "Month-on-month", f.previous(), unit);
        comparison(html, "yoy", "Year-on-year", f.yearAgo(), unit);
        card(
                html,
                "fytd",
                "FYTD " + f.fytd().fiscalYear().label(),
                f.fytd().value() == null
                        ? NOT_AVAILABLE
                        : Numbers.amount(f.fytd().value(), unit)
                                + (f.fytd().pct() == null
                                        ? ""
                                        : " " + Numbers.signedPercent(f.fytd().pct())),
                f.fytd().yearAgoValue() == null || f.fytd().value() == null
                        ? lacking(f.fytd().missing())
                        : "vs " + Numbers.amount(f.fytd().yearAgoValue(), unit) + " a year earlier");
        card(
                html,
                "r12",
                "Rolling 12 months",
                f.r12().value() == null ? NOT_AVAILABLE : Numbers.amount(f.r12().value(), unit),
                f.r12().pct() == null
                        ? lacking(f.r12().missing())
                        : Numbers.signedPercent(f.r12().pct()) + " on the year before");
        List<String> badges = RecordWords.phrases(f);
        card(
                html,
                "badges",
                "Record and streak",
                badges.isEmpty() ? "None this month" : badges.get(0),
                String.join(" · ", badges.subList(Math.min(1, badges.size()), badges.size())));
        html.append("</section>");
        charts.main(html, series, facts.get(series.id()), view, asOf);
        List<Observation> months = source.currentObservations(series.id()).stream()
                .filter(o -> o.period() instanceof CalendarMonth)
                .toList();
        boolean preset = presets.find(series.id()).isPresent();
        charts.small(html, series, facts.get(series.id()), preset ? PEERS : List.of(), noForecast(months));
        String noOutlook = noOutlook(months);
        html.append("<section id=\"outlook\" aria-label=\"Fiscal-year outlook\" aria-live=\"polite\"")
                .append(noOutlook == null ? "" : " data-unavailable=\"" + HtmlText.escape(noOutlook) + "\"")
                .append("><h2>Outlook</h2><p id=\"outlook-text\">")
                .append(
                        noOutlook == null
                                ? "Projecting the fiscal year…"
                                : "No outlook: " + HtmlText.escape(noOutlook) + ".")
                .append("</p></section>");
        if (presets.find(series.id()).filter(p -> !p.categories().isEmpty()).isPresent()) {
            html.append("<section id=\"ranking\" aria-label=\"Against the other export categories\"><h2>Against the")
                    .append(" other export categories</h2><ol id=\"ranking-list\"></ol><p id=\"ranking-note\"></p>")
                    .append("</section>");
        }
        html.append("<section aria-label=\"Downloads\"><p>Download <a id=\"csv\" href=\"/api/series/")
                .append(HtmlText.escape(series.id()))
                .append("/observations?format=csv")
                .append(asOf.isEmpty() ? "" : "&amp;as_of=" + HtmlText.escape(asOf))
                .append("\">CSV</a> · <a id=\"xlsx\" href=\"/api/series/")
                .append(HtmlText.escape(series.id()))
                .append("/observations?format=xlsx")
                .append(asOf.isEmpty() ? "" : "&amp;as_of=" + HtmlText.escape(asOf))
                .append("\">XLSX</a> · <a href=\"/api/series/")
                .append(HtmlText.escape(series.id()))
                .append("/figures?period=")
                .append(f.period())
                .append("\">figures (JSON)</a></p>");
        html.append("</section>");
        notes(html, series, f, vintages);
        table(html, source.currentObservations(series.id()), unit);
        html.append("</main>")
                .append(
                        "<script src=\"/assets/echarts.min.js\"></script><script src=\"/assets/dashboard.js\"></script>")
                .append("</body></html>");
        return html.toString();
    }

    /** Why the series cannot be forecast (too short a run of consecutive months), or {@code null}. */
    private static String noForecast(List<Observation> months) {
        int[] run = MonthRuns.longest(months);
        int length = run[1] - run[0];
        if (length >= SeriesForecast.MINIMUM_MONTHS) {
            return null;
        }
        return "a forecast needs at least " + SeriesForecast.MINIMUM_MONTHS + " consecutive months, and the longest run"
                + " of this series is " + length + (length == 0 ? "" : " (" + span(months, run[0], run[1]) + ")");
    }

    /** Why the series' fiscal year cannot be projected (too few consecutive months up to its latest), or {@code null}. */
    private static String noOutlook(List<Observation> months) {
        int start = months.size();
        while (start > 0
                && (start == months.size()
                        || MonthRuns.month(months.get(start - 1))
                                .plusMonths(1)
                                .equals(MonthRuns.month(months.get(start))))) {
            start--;
        }
        int length = months.size() - start;
        if (length >= SeriesForecast.MINIMUM_MONTHS) {
            return null;
        }
        return "projecting the fiscal year needs at least " + SeriesForecast.MINIMUM_MONTHS + " consecutive months up"
                + " to the latest, and this series has " + length
                + (length == 0 ? "" : " (" + span(months, start, months.size()) + ")");
    }

    private static String span(List<Observation> months, int start, int end) {
        YearMonth first = MonthRuns.month(months.get(start));
        YearMonth last = MonthRuns.month(months.get(end - 1));
        return first.equals(last) ? Numbers.month(first) : Numbers.month(first) + " to " + Numbers.month(last);
    }

    /** Data notes: where the month's value comes from, its revisions, derived months used, what is missing. */
    private void notes(StringBuilder html, Series series, HeadlineFigures f, VintageSource stored) {
        html.append("<section aria-label=\"Data notes\" id=\"notes\"><h2>Data notes</h2><ul>");
        if (f.observation() != null) {
            html.append("<li>")
                    .append(HtmlText.escape(Numbers.month(f.period())))
                    .append(": ")
                    .append(HtmlText.escape(f.observation().status().code()))
                    .append(", vintage ")
                    .append(f.observation().vintage())
                    .append(", public by ")
                    .append(HtmlText.escape(String.valueOf(f.observation().publicBy())))
                    .append("; source ")
                    .append(HtmlText.escape(
                            f.observation().sources().isEmpty()
                                    ? "none"
                                    : String.join(" ; ", f.observation().sources())))
                    .append("</li>");
            List<Observation> vintages =
                    stored.vintages(series.id(), f.observation().period());
            for (int i = 0; i < vintages.size() - 1; i++) {
                Observation earlier = vintages.get(i);
                html.append("<li class=\"revision\">Revised: vintage ")
                        .append(earlier.vintage())
                        .append(" was ")
                        .append(HtmlText.escape(Numbers.amount(earlier.value(), series.unit())))
                        .append(" (public by ")
                        .append(HtmlText.escape(String.valueOf(earlier.publicBy())))
                        .append(")</li>");
            }
        }
        f.inputs().stream()
                .filter(i -> i.derivation() != null)
                .forEach(i -> html.append("<li class=\"derived\">")
                        .append(HtmlText.escape(i.period().code()))
                        .append(" is derived (")
                        .append(HtmlText.escape(i.derivation().rule().code()))
                        .append("): ")
                        .append(HtmlText.escape(i.derivation().arithmetic()))
                        .append("</li>"));
        html.append("<li>Missing: ")
                .append(HtmlText.escape(f.missing().isEmpty() ? "nothing" : String.join(", ", f.missing())))
                .append("</li><li>Definition: ")
                .append(HtmlText.escape(series.definition()))
                .append("</li></ul></section>");
    }

    /** The last 24 values, newest first, with status and vintage; derived months marked. */
    private static void table(StringBuilder html, List<Observation> values, Unit unit) {
        html.append("<section aria-label=\"Values\"><table id=\"values\"><caption>Latest values</caption>")
                .append("<thead><tr><th scope=\"col\">Period</th><th scope=\"col\">Value</th>")
                .append("<th scope=\"col\">Status</th><th scope=\"col\">Vintage</th></tr></thead><tbody>");
        for (int i = values.size() - 1; i >= Math.max(0, values.size() - 24); i--) {
            Observation o = values.get(i);
            html.append("<tr><td>")
                    .append(HtmlText.escape(o.period().code()))
                    .append("</td><td>")
                    .append(HtmlText.escape(Numbers.amount(o.value(), unit)))
                    .append("</td><td>")
                    .append(HtmlText.escape(o.status().code()))
                    .append("</td><td>")
                    .append(o.vintage())
                    .append("</td></tr>");
        }
        html.append("</tbody></table></section>");
    }

    private void form(
            StringBuilder html,
            Series current,
            HeadlineFigures f,
            String asOf,
            DashboardCharts.View view,
            Map<String, SeriesFacts> facts) {
        html.append("<form method=\"get\" action=\"/\" class=\"pickers\"><label>Series ");
        SeriesMenu.append(html, menu(), facts, groups, current.id());
        html.append("</label><label>Month <input name=\"period\" id=\"period\" value=\"")
                .append(f.period())
                .append("\" pattern=\"\\d{4}-\\d{2}\"></label>")
                .append("<label>As of <input type=\"date\" name=\"as_of\" id=\"as_of\" value=\"")
                .append(HtmlText.escape(asOf))
                .append("\"></label>");
        DashboardCharts.picker(html, view, current);
        html.append("<button type=\"submit\">Show</button></form>");
    }

    private static void comparison(StringBuilder html, String id, String label, Comparison c, Unit unit) {
        card(
                html,
                id,
                label,
                c.pct() == null ? NOT_AVAILABLE : Numbers.signedPercent(c.pct()),
                c.pct() == null
                        ? lacking(c.missing())
                        : Numbers.signedAmount(c.change(), unit) + " from " + Numbers.amount(c.value(), unit) + " in "
                                + Numbers.month(c.period()));
    }

    /** {@code needs June 2023, not in the data}; at most three months named. */
    static String lacking(List<String> missing) {
        if (missing.isEmpty()) {
            return "an input is missing";
        }
        List<String> named = missing.stream()
                .limit(3)
                .map(m -> m.matches("\\d{4}-\\d{2}") ? Numbers.month(YearMonth.parse(m)) : m)
                .toList();
        String more = missing.size() > 3 ? " and " + (missing.size() - 3) + " more months" : "";
        return "needs " + String.join(", ", named) + more + ", not in the data";
    }

    /** A headline card: label, figure and a line of detail, each escaped. */
    static void card(StringBuilder html, String id, String label, String value, String detail) {
        html.append("<article class=\"card\" id=\"card-")
                .append(id)
                .append("\"><h2>")
                .append(HtmlText.escape(label))
                .append("</h2><p class=\"figure\">")
                .append(HtmlText.escape(value))
                .append("</p><p class=\"detail\">")
                .append(HtmlText.escape(detail))
                .append("</p></article>");
    }

    private static String param(Context ctx, String name, String fallback) {
        String value = ctx.queryParam(name);
        return value == null || value.isBlank() ? fallback : value.strip();
    }
}
