package org.exportpulse.server;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.exportpulse.core.series.Series;
import org.exportpulse.core.series.SeriesGroups;
import org.exportpulse.export.HtmlText;
import org.exportpulse.export.Numbers;
import org.exportpulse.store.SeriesFacts;

/**
 * The dashboard's series picker: series by title, grouped as the catalog groups them (Pakistan ICT,
 * totals and denominators, export categories, World Bank peers), each with the months or years it
 * covers, so a reader sees before choosing that a series has five values.
 */
final class SeriesMenu {

    private SeriesMenu() {}

    /** Appends the {@code <select id="series">} of {@code all}, grouped, with {@code current} selected. */
    static void append(
            StringBuilder html, List<Series> all, Map<String, SeriesFacts> facts, SeriesGroups groups, String current) {
        Map<String, List<Series>> byGroup = new LinkedHashMap<>();
        groups.labels().keySet().forEach(code -> byGroup.put(code, new ArrayList<>()));
        for (Series s : all) {
            byGroup.get(groups.of(s.id())).add(s);
        }
        html.append("<select name=\"series\" id=\"series\">");
        byGroup.forEach((code, members) -> {
            if (members.isEmpty()) {
                return;
            }
            html.append("<optgroup label=\"")
                    .append(HtmlText.escape(groups.labels().get(code)))
                    .append("\">");
            for (Series s : members) {
                html.append("<option value=\"")
                        .append(HtmlText.escape(s.id()))
                        .append('"')
                        .append(s.id().equals(current) ? " selected" : "")
                        .append('>')
                        .append(HtmlText.escape(s.title() + " — " + coverage(facts.get(s.id()))))
                        .append("</option>");
            }
            html.append("</optgroup>");
        });
        html.append("</select>");
    }

    /** {@code Dec 2019 to Feb 2026, 64 months}; {@code one month, Sep 2025}; {@code no values}. */
    static String coverage(SeriesFacts f) {
        if (f == null || f.periods() == 0) {
            return "no values";
        }
        if (!f.firstPeriod().matches("\\d{4}-\\d{2}")) {
            return f.periods() == 1
                    ? "one year, " + f.firstPeriod()
                    : f.firstPeriod() + " to " + f.lastPeriod() + ", " + f.periods() + " years";
        }
        String first = Numbers.shortMonth(YearMonth.parse(f.firstPeriod()));
        if (f.periods() == 1) {
            return "one month, " + first;
        }
        return first + " to " + Numbers.shortMonth(YearMonth.parse(f.lastPeriod())) + ", " + f.periods() + " months";
    }
}
