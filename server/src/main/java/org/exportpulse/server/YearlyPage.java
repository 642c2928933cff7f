package org.exportpulse.server;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.exportpulse.core.series.Observation;
import org.exportpulse.core.series.ObservationSource;
import org.exportpulse.core.series.Series;
import org.exportpulse.export.HtmlText;
import org.exportpulse.export.Numbers;
import org.exportpulse.store.SeriesFacts;

/**
 * The dashboard of a series published once a year or once a fiscal year (a World Bank peer's ICT
 * service exports): the latest value and its change on the year before, the whole history as a
 * chart with its source line (drawn by {@code dashboard.js}), and the values as a table. Monthly
 * figures (month-on-month, fiscal year to date) do not apply and are not shown.
 */
final class YearlyPage {

    private YearlyPage() {}

    /** The page's main part, between the series picker and the end of {@code <main>}. */
    static void body(StringBuilder html, Series series, ObservationSource source, SeriesFacts facts) {
        List<Observation> values = source.currentObservations(series.id());
        html.append("<section class=\"cards\" aria-label=\"Headline figures\">");
        if (values.isEmpty()) {
            DashboardPage.card(html, "value", "Latest value", "Not available", "the series has no values");
        } else {
            Observation last = values.get(values.size() - 1);
            DashboardPage.card(
                    html,
                    "value",
                    "Latest value, " + last.period().code(),
                    Numbers.amount(last.value(), series.unit()),
                    last.status().code() + ", vintage " + last.vintage());
            if (values.size() > 1) {
                Observation before = values.get(values.size() - 2);
                BigDecimal pct = last.value()
                        .subtract(before.value())
                        .divide(before.value(), 10, RoundingMode.HALF_UP)
                        .movePointRight(2);
                DashboardPage.card(
                        html,
                        "change",
                        "On the year before",
                        Numbers.signedPercent(pct),
                        "from " + Numbers.amount(before.value(), series.unit()) + " in "
                                + before.period().code());
            }
        }
        html.append("</section><section aria-label=\"Chart\"><figure class=\"chart-figure\"><div id=\"chart-yearly\"")
                .append(" role=\"img\" aria-label=\"")
                .append(HtmlText.escape(
                        series.title() + ", every year the data holds; the values are in the table below"))
                .append("\" data-series=\"")
                .append(HtmlText.escape(series.id()))
                .append("\" data-title=\"")
                .append(HtmlText.escape(series.title()))
                .append("\" data-unit=\"")
                .append(HtmlText.escape(series.unit().toString()))
                .append("\"></div><figcaption id=\"chart-source\" class=\"source\">")
                .append(HtmlText.escape(DashboardCharts.source(series, facts)))
                .append("</figcaption></figure></section>");
        html.append("<section aria-label=\"Values\"><table id=\"values\"><caption>Values</caption><thead><tr>")
                .append("<th scope=\"col\">Period</th><th scope=\"col\">Value</th><th scope=\"col\">Status</th>")
                .append("</tr></thead><tbody>");
        for (int i = values.size() - 1; i >= 0; i--) {
            Observation o = values.get(i);
            html.append("<tr><td>")
                    .append(HtmlText.escape(o.period().code()))
                    .append("</td><td>")
                    .append(HtmlText.escape(Numbers.amount(o.value(), series.unit())))
                    .append("</td><td>")
                    .append(HtmlText.escape(o.status().code()))
                    .append("</td></tr>");
        }
        html.append("</tbody></table></section>");
    }
}
