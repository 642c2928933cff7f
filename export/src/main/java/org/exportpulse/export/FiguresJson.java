package org.exportpulse.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.exportpulse.core.figures.Comparison;
import org.exportpulse.core.figures.FiscalYearToDate;
import org.exportpulse.core.figures.HeadlineFigures;
import org.exportpulse.core.figures.InputRef;
import org.exportpulse.core.figures.RecordMark;
import org.exportpulse.core.figures.RollingTwelveMonths;
import org.exportpulse.core.figures.ShareFigure;
import org.exportpulse.core.figures.Streak;
import org.exportpulse.core.series.Observation;

/** {@link HeadlineFigures} as the JSON of {@code pulse figures --format json} (see docs/contracts.md). */
public final class FiguresJson {

    private static final JsonNodeFactory JSON = JsonNodeFactory.withExactBigDecimals(true);

    private FiguresJson() {}

    public static ObjectNode of(HeadlineFigures f) {
        ObjectNode root = JSON.objectNode();
        root.put("series", f.series().id());
        root.put("period", f.period().toString());
        root.put("unit", f.series().unit().toString());
        Observation o = f.observation();
        root.put("value", o == null ? null : o.value());
        root.put("status", o == null ? null : o.status().code());
        root.put("vintage", o == null ? null : o.vintage());
        root.put(
                "public_by",
                o == null || o.publicBy() == null ? null : o.publicBy().toString());
        root.put(
                "public_by_basis",
                o == null || o.publicByBasis() == null
                        ? null
                        : o.publicByBasis().code());
        root.set("previous", comparison(f.previous()));
        root.set("year_ago", comparison(f.yearAgo()));
        root.set("fytd", fytd(f.fytd()));
        root.set("r12", r12(f.r12()));
        ArrayNode records = root.putArray("records");
        f.records().forEach(r -> records.add(record(r)));
        ArrayNode streaks = root.putArray("streaks");
        f.streaks().forEach(s -> streaks.add(streak(s)));
        ArrayNode shares = root.putArray("share");
        f.shares().forEach(s -> shares.add(share(s)));
        strings(root.putArray("missing"), f.missing());
        ArrayNode inputs = root.putArray("inputs");
        f.inputs().forEach(i -> inputs.add(input(i)));
        return root;
    }

    private static ObjectNode comparison(Comparison c) {
        ObjectNode n = JSON.objectNode();
        n.put("period", c.period().toString());
        n.put("value", c.value());
        n.put("change", c.change());
        n.put("pct", c.pct());
        missing(n, c.missing());
        return n;
    }

    private static ObjectNode fytd(FiscalYearToDate f) {
        ObjectNode n = JSON.objectNode();
        n.put("fiscal_year", f.fiscalYear().code());
        n.put("span", f.span().code());
        n.put("value", f.value());
        n.put("year_ago_span", f.yearAgoSpan().code());
        n.put("year_ago_value", f.yearAgoValue());
        n.put("change", f.change());
        n.put("pct", f.pct());
        n.put("published", f.published());
        n.put("year_ago_published", f.yearAgoPublished());
        missing(n, f.missing());
        return n;
    }

    private static ObjectNode r12(RollingTwelveMonths r) {
        ObjectNode n = JSON.objectNode();
        n.put("span", r.span().code());
        n.put("value", r.value());
        n.put("year_ago_value", r.yearAgoValue());
        n.put("change", r.change());
        n.put("pct", r.pct());
        missing(n, r.missing());
        return n;
    }

    private static ObjectNode record(RecordMark r) {
        ObjectNode n = JSON.objectNode();
        n.put("kind", r.kind().code());
        n.put("since", r.since().toString());
        n.put("months", r.months());
        ObjectNode previous = n.putObject(r.kind().name().contains("HIGH") ? "previous_high" : "previous_low");
        previous.put("period", r.previousPeriod().toString());
        previous.put("value", r.previousValue());
        return n;
    }

    private static ObjectNode streak(Streak s) {
        ObjectNode n = JSON.objectNode();
        n.put("kind", s.kind().code());
        n.put("months", s.months());
        n.put("since", s.since() == null ? null : s.since().toString());
        n.put("ended_by", s.endedBy() == null ? null : s.endedBy().toString());
        n.put("ended_because", s.endedBecause());
        missing(n, s.missing());
        return n;
    }

    private static ObjectNode share(ShareFigure s) {
        ObjectNode n = JSON.objectNode();
        n.put("denominator", s.denominator());
        n.put("basis", s.basis());
        n.put("denominator_value", s.denominatorValue());
        n.put("pct", s.pct());
        missing(n, s.missing());
        return n;
    }

    private static ObjectNode input(InputRef i) {
        ObjectNode n = JSON.objectNode();
        n.put("series", i.seriesId());
        n.put("period", i.period().code());
        n.put("vintage", i.vintage());
        n.put("status", i.status().code());
        n.put("public_by", i.publicBy() == null ? null : i.publicBy().toString());
        n.put("source", i.sources().isEmpty() ? null : i.sources().get(0));
        strings(n.putArray("sources"), i.sources());
        if (i.derivation() != null) {
            n.set("derivation", DerivationJson.of(i.derivation()));
        }
        return n;
    }

    private static void missing(ObjectNode n, List<String> missing) {
        if (!missing.isEmpty()) {
            strings(n.putArray("missing"), missing);
        }
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }
}
