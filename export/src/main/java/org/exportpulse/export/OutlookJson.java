package org.exportpulse.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.exportpulse.core.outlook.FiscalYearOutlook;

/** The JSON of {@code pulse outlook --format json} (shape in docs/contracts.md). */
public final class OutlookJson {

    private OutlookJson() {}

    public static ObjectNode of(FiscalYearOutlook o) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("series", o.series().id());
        root.put("unit", o.series().unit().toString());
        root.put("fiscal_year", o.fiscalYear().label());
        root.putObject("span")
                .put("first", o.fiscalYear().first().toString())
                .put("last", o.fiscalYear().last().toString());
        ArrayNode actual = root.putArray("actual");
        o.actual()
                .forEach(m -> actual.addObject()
                        .put("period", m.month().toString())
                        .put("value", m.value())
                        .put("derived", m.derived())
                        .put("vintage", m.vintage()));
        root.put("actual_total", o.actualTotal());
        root.put("model", OutlookWords.model(o));
        root.put("paths", o.paths());
        ArrayNode remaining = root.putArray("remaining");
        o.monthly()
                .forEach(m -> remaining
                        .addObject()
                        .put("period", m.month().toString())
                        .put("mean", m.mean())
                        .put("lower80", m.lower80())
                        .put("upper80", m.upper80()));
        FiscalYearOutlook.Distribution t = o.total();
        root.putObject("total")
                .put("mean", t.mean())
                .put("median", t.median())
                .put("lower80", t.lower80())
                .put("upper80", t.upper80())
                .put("lower95", t.lower95())
                .put("upper95", t.upper95());
        o.lastYear().ifPresentOrElse(g -> goal(root.putObject("last_year"), g), () -> root.putNull("last_year"));
        o.target().ifPresentOrElse(g -> goal(root.putObject("target"), g), () -> root.putNull("target"));
        ArrayNode assumptions = root.putArray("assumptions");
        OutlookWords.assumptions(o).forEach(assumptions::add);
        return root;
    }

    private static void goal(ObjectNode node, FiscalYearOutlook.Goal g) {
        node.put("name", g.name())
                .put("value", g.value())
                .put("basis", OutlookWords.basis(g))
                .put("reached", g.reached())
                .put("required_monthly_average", g.requiredMonthlyAverage());
        JsonNumbers.putOrNull(node, "required_growth_pct", g.requiredGrowth());
        node.put("probability_pct", g.probability()).put("projected_change_pct", g.projectedChange());
    }
}
