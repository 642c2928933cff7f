package org.exportpulse.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.exportpulse.core.adjust.Adjustment;
import org.exportpulse.core.adjust.Decomposition;

/** An {@link Adjustment} as the JSON of {@code pulse adjust --format json} and {@code GET /api/series/{id}/adjusted}. */
public final class AdjustmentJson {

    private AdjustmentJson() {}

    public static ObjectNode of(Adjustment a) {
        Decomposition d = a.decomposition();
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("series", a.series().id());
        root.put("method", a.spec().method().code());
        root.put("spec", a.spec().preset());
        root.putObject("span")
                .put("first", a.first().toString())
                .put("last", a.last().toString())
                .put("months", a.original().length);
        root.put("span_note", AdjustmentWords.spanNote(a));
        ArrayNode derived = root.putArray("derived_months");
        a.derivedMonths().forEach(m -> derived.add(m.toString()));
        root.put("mode", d.multiplicative() ? "multiplicative" : "additive");
        root.put("model", d.model());
        ArrayNode notes = root.putArray("notes");
        d.notes().forEach(notes::add);
        ObjectNode stats = root.putObject("statistics");
        d.statistics().forEach(stats::put);
        ObjectNode tests = root.putObject("tests");
        d.tests().forEach(tests::put);
        ArrayNode regressors = root.putArray("regressors");
        a.spec()
                .holidays()
                .forEach(h -> regressors
                        .addObject()
                        .put("name", h.name())
                        .put("days", h.days())
                        .put("source", h.source()));
        for (var e : d.regressors()) {
            for (var node : regressors) {
                if (node.get("name").asText().equals(e.name())) {
                    ((ObjectNode) node)
                            .put("coefficient", e.coefficient())
                            .put("t", e.tStat())
                            .put("p", e.pValue());
                }
            }
        }
        ArrayNode values = root.putArray("values");
        for (Adjustment.Row r : a.rows()) {
            values.addObject()
                    .put("period", r.month().toString())
                    .put("original", r.original())
                    .put("seasonally_adjusted", r.seasonallyAdjusted())
                    .put("trend", r.trend())
                    .put("seasonal", r.seasonal())
                    .put("irregular", r.irregular())
                    .put("calendar", r.calendar())
                    .put("seasonal_factor", r.seasonalFactor());
        }
        return root;
    }
}
