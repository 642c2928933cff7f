package org.exportpulse.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.exportpulse.core.release.Freshness;
import org.exportpulse.core.release.ReleasePattern;

/** The JSON of {@code pulse releases --format json} and {@code GET /api/releases} (docs/contracts.md). */
public final class ReleasesJson {

    private ReleasesJson() {}

    public static ObjectNode of(LocalDate today, List<Freshness> all) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("today", today.toString());
        ArrayNode series = root.putArray("series");
        for (Freshness f : all) {
            series.add(entry(f));
        }
        return root;
    }

    /** One series' entry of the calendar: its latest period, last update, next release and pattern. */
    public static ObjectNode entry(Freshness f) {
        ReleasePattern p = f.pattern();
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        n.put("series", p.seriesId()).put("publisher", p.publisher());
        putOrNull(n, "latest_period", f.latestPeriod());
        n.put("last_updated", f.lastUpdated() == null ? null : f.lastUpdated().toString());
        n.put(
                "last_updated_basis",
                f.lastUpdatedBasis() == null ? null : f.lastUpdatedBasis().code());
        n.putObject("next")
                .put("period", f.nextPeriod().toString())
                .put("expected_from", f.nextFrom().toString())
                .put("expected_by", f.nextBy().toString());
        ArrayNode overdue = n.putArray("overdue");
        f.overdue().forEach(m -> overdue.add(m.toString()));
        n.put("behind", f.behind());
        n.putObject("pattern")
                .put("months_after", p.monthsAfter())
                .put("first_day", p.firstDay())
                .put("usual_day", p.usualDay())
                .put("last_day", p.lastDay())
                .put("reports", p.reports())
                .put("evidence", p.evidence());
        return n;
    }

    private static void putOrNull(ObjectNode n, String field, YearMonth month) {
        if (month == null) {
            n.putNull(field);
        } else {
            n.put(field, month.toString());
        }
    }
}
