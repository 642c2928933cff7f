package org.exportpulse.cli.render;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.exportpulse.core.derive.Reconciliation;
import org.exportpulse.export.ObservationJson;

/** {@link Reconciliation} as the JSON of {@code pulse reconcile --format json}. */
public final class ReconciliationJson {

    private static final JsonNodeFactory JSON = JsonNodeFactory.withExactBigDecimals(true);

    private ReconciliationJson() {}

    public static ObjectNode of(Reconciliation r) {
        ObjectNode root = JSON.objectNode();
        root.put("series", r.seriesId());
        root.put("totals_checked", r.totalsChecked());
        ArrayNode totals = root.putArray("totals");
        for (Reconciliation.TotalMismatch t : r.totals()) {
            ObjectNode n = totals.addObject();
            n.put("series", t.totalSeriesId());
            n.put("period", t.span().code());
            n.put("vintage", t.vintage());
            n.put("published", t.published());
            n.put("sum_of_months", t.sumOfMonths());
            n.put("difference", t.difference());
            n.put("tolerance", t.tolerance());
        }
        ArrayNode months = root.putArray("months");
        for (Reconciliation.MonthMismatch m : r.months()) {
            ObjectNode n = months.addObject();
            n.put("period", m.month().toString());
            n.put("tolerance", m.tolerance());
            ArrayNode values = n.putArray("values");
            m.values().forEach(o -> values.add(ObservationJson.of(o)));
        }
        ArrayNode reference = root.putArray("reference");
        for (Reconciliation.ReferenceMismatch m : r.reference()) {
            ObjectNode n = reference.addObject();
            n.put("period", m.reference().month().toString());
            n.put("reference", m.reference().value());
            n.put("reference_arithmetic", m.reference().arithmetic());
            n.set("engine", m.engine() == null ? null : ObservationJson.of(m.engine()));
        }
        return root;
    }
}
