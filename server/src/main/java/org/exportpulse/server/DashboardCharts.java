package org.exportpulse.server;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.exportpulse.core.series.Denominator;
import org.exportpulse.core.series.Series;
import org.exportpulse.core.series.TotalKind;
import org.exportpulse.core.transform.Transform;
import org.exportpulse.export.HtmlText;
import org.exportpulse.export.Numbers;
import org.exportpulse.export.TransformWords;
import org.exportpulse.store.SeriesFacts;
import org.exportpulse.store.SeriesStore;

/**
 * The dashboard's charts as HTML frames that {@code dashboard.js} draws into: each with a human
 * title, a text alternative and a source line (publisher's definition, series, data through), the
 * chosen transform and range carried from the URL.
 */
final class DashboardCharts {

    /** Transforms offered on the dashboard, in the picker's order. */
    static final List<String> TRANSFORMS = List.of("lin", "pc1", "pch", "r12", "r12_pc1", "fytd", "fytd_pc1");

    private final SeriesStore store;

    DashboardCharts(SeriesStore store) {
        this.store = store;
    }

    /** The state of the main chart a URL carries: transform, and the months shown (null: all). */
    record View(String transform, YearMonth from, YearMonth to) {
        View {
            if (!TRANSFORMS.contains(transform)) {
                throw new IllegalArgumentException(
                        "transform " + transform + " is not offered here (expected one of " + TRANSFORMS + ")");
            }
            if (from != null && to != null && from.isAfter(to)) {
                throw new IllegalArgumentException("from " + from + " is after to " + to);
            }
        }
    }

    /** The transform picker with FRED-style names, {@code view}'s transform selected. */
    static void picker(StringBuilder html, View view, Series series) {
        html.append("<label>Chart <select id=\"transform\" name=\"transform\">");
        for (String code : TRANSFORMS) {
            Transform t = Transform.parse(code);
            html.append("<option value=\"")
                    .append(code)
                    .append("\" data-axis=\"")
                    .append(HtmlText.escape(TransformWords.axis(t, series.unit().toString())))
                    .append('"')
                    .append(code.equals(view.transform()) ? " selected" : "")
                    .append('>')
                    .append(HtmlText.escape(TransformWords.name(t.code())))
                    .append("</option>");
        }
        html.append("</select></label>");
    }

    /** The main chart: levels and year-on-year change in two aligned panels, or the chosen transform. */
    /** @param facts what the store holds of the series ({@code null}: nothing) */
    void main(StringBuilder html, Series series, SeriesFacts facts, View view, String asOf) {
        html.append("<section aria-label=\"Chart\"><figure class=\"chart-figure\"><div id=\"chart\" role=\"img\"")
                .append(" aria-label=\"")
                .append(HtmlText.escape(series.title() + ": "
                        + TransformWords.name(Transform.parse(view.transform()).code())
                        + (facts == null ? "" : ", " + SeriesMenu.coverage(facts))
                        + "; the values are in the table below"))
                .append("\" data-series=\"")
                .append(HtmlText.escape(series.id()))
                .append("\" data-title=\"")
                .append(HtmlText.escape(series.title()))
                .append("\" data-as-of=\"")
                .append(HtmlText.escape(asOf))
                .append("\" data-transform-wanted=\"")
                .append(view.transform())
                .append("\" data-from=\"")
                .append(view.from() == null ? "" : view.from().toString())
                .append("\" data-to=\"")
                .append(view.to() == null ? "" : view.to().toString())
                .append("\"></div><figcaption id=\"chart-source\" class=\"source\">")
                .append(HtmlText.escape(source(series, facts)))
                .append(" <span class=\"key\"><span aria-hidden=\"true\">○</span> derived from reported totals ·"
                        + " <span aria-hidden=\"true\">◆</span> revised since first published</span>")
                .append("</figcaption></figure><p class=\"chart-links\"><a id=\"permalink\" href=\"\">Link to this"
                        + " chart as shown</a> · Embed it: <a id=\"chart-svg\" href=\"/chart/")
                .append(HtmlText.escape(series.id()))
                .append(".svg\">SVG</a> · <a id=\"chart-png\" href=\"/chart/")
                .append(HtmlText.escape(series.id()))
                .append(".png\">PNG</a></p>");
    }

    /** {@code Source: <definition> (pk.ict.exports). Data through February 2026; last updated 2026-11-28.} */
    static String source(Series series, SeriesFacts facts) {
        StringBuilder s = new StringBuilder("Source: ")
                .append(series.definition().isBlank() ? series.publisher() : series.definition())
                .append(" (")
                .append(series.id())
                .append(").");
        if (facts != null && facts.lastPeriod() != null) {
            String last = facts.lastPeriod();
            s.append(" Data through ")
                    .append(last.matches("\\d{4}-\\d{2}") ? Numbers.month(YearMonth.parse(last)) : last);
            if (facts.lastUpdated() != null) {
                s.append("; last updated ").append(facts.lastUpdated());
            }
            s.append('.');
        }
        return s.toString();
    }

    /**
     * Fiscal year to date by fiscal year, share of total exports, peers, forecast: each with its
     * source line; a chart the series cannot have is left out, and said in words when a reader would
     * look for it.
     *
     * @param facts what the store holds of the series ({@code null}: nothing)
     * @param peers economies of the peers chart; empty: no peers chart (a series without a preset)
     * @param noForecast why the series cannot be forecast; {@code null} when it can
     */
    void small(StringBuilder html, Series series, SeriesFacts facts, List<String> peers, String noForecast) {
        html.append("<div class=\"charts\">");
        figure(
                html,
                "chart-fytd",
                "Fiscal year to date, each fiscal year a line",
                " data-fiscal-start=\"" + series.calendar().firstMonth().getValue() + "\"",
                source(series, facts));
        List<String[]> totals = totals(series);
        StringBuilder shares = new StringBuilder("[");
        for (String[] t : totals) {
            shares.append(shares.length() > 1 ? "," : "")
                    .append("{\"transform\":\"")
                    .append(t[0])
                    .append("\",\"label\":\"")
                    .append(t[1].replace("\"", "'"))
                    .append("\"}");
        }
        shares.append(']');
        if (!totals.isEmpty()) {
            figure(
                    html,
                    "chart-share",
                    "Share of total exports (goods and services), by basis",
                    " data-shares=\"" + HtmlText.escape(shares.toString()) + "\"",
                    "Sources: "
                            + String.join("; ", totals.stream().map(t -> t[2]).toList()) + ".");
        }
        if (!peers.isEmpty()) {
            figure(
                    html,
                    "chart-peers",
                    "ICT service exports of peer economies, US$ billion",
                    " data-economies=\"" + String.join(",", peers) + "\"",
                    "Source: World Bank, World Development Indicators, ICT service exports (BoP, current US$),"
                            + " BX.GSR.CCIS.CD.");
        }
        if (noForecast == null) {
            figure(
                    html,
                    "chart-forecast",
                    "Forecast for the next 12 months with 80% and 95% intervals",
                    "",
                    "ExportPulse forecast from " + source(series, facts).substring("Source: ".length()));
        }
        html.append("</div>");
        if (noForecast != null || totals.isEmpty()) {
            html.append("<p id=\"charts-left-out\" class=\"source\">");
            if (totals.isEmpty()) {
                html.append("No share chart: no total of goods and services exports is listed for this series. ");
            }
            if (noForecast != null) {
                html.append("No forecast: ").append(HtmlText.escape(noForecast)).append('.');
            }
            html.append("</p>");
        }
        html.append("</section>");
    }

    private static void figure(StringBuilder html, String id, String label, String attributes, String source) {
        html.append("<figure class=\"small-figure\"><div id=\"")
                .append(id)
                .append("\" class=\"small-chart\" role=\"img\" aria-label=\"")
                .append(HtmlText.escape(label))
                .append('"')
                .append(attributes)
                .append("></div><figcaption class=\"source\">")
                .append(HtmlText.escape(source))
                .append("</figcaption></figure>");
    }

    /** {@code , balance-of-payments basis} from a title that names its basis; empty otherwise. */
    static String basis(String title) {
        java.util.regex.Matcher m = BASIS.matcher(title);
        if (!m.find()) {
            return "";
        }
        return ", " + (m.group(1).equalsIgnoreCase("customs") ? "customs" : "balance-of-payments") + " basis";
    }

    private static final java.util.regex.Pattern BASIS = java.util.regex.Pattern.compile(
            "\\b(customs|balance-of-payments|BoP) basis\\b", java.util.regex.Pattern.CASE_INSENSITIVE);

    /**
     * The series' listed denominators that total goods and services (by their titles), one per
     * publisher: {transform, label, source}.
     */
    private List<String[]> totals(Series series) {
        List<String[]> out = new ArrayList<>();
        List<String> publishers = new ArrayList<>();
        for (Denominator d : series.shareOf()) {
            List<Series> parts = d.seriesIds().stream()
                    .map(store::series)
                    .flatMap(Optional::stream)
                    .toList();
            if (parts.size() != d.seriesIds().size()
                    || TotalKind.of(parts.stream().map(Series::title).toList()) != TotalKind.GOODS_AND_SERVICES
                    || publishers.contains(parts.get(0).publisher())) {
                continue;
            }
            publishers.add(parts.get(0).publisher());
            out.add(new String[] {
                "share:" + d.code(),
                parts.get(0).publisher() + basis(parts.get(0).title()),
                String.join(" + ", parts.stream().map(Series::title).toList())
            });
        }
        return out;
    }
}
