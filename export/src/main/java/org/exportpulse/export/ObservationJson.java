package org.exportpulse.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.exportpulse.core.series.Observation;
import org.exportpulse.core.series.Series;

/** Stored observations as JSON: one object per value with its status, vintage, dates and sources. */
public final class ObservationJson {

    private static final JsonNodeFactory JSON = JsonNodeFactory.withExactBigDecimals(true);

    private ObservationJson() {}

    /** {@code {"series", "unit", <listName>: [...]}}. */
    public static ObjectNode list(Series series, String listName, List<Observation> observations) {
        ObjectNode root = JSON.objectNode();
        root.put("series", series.id());
        root.put("unit", series.unit().toString());
        ArrayNode array = root.putArray(listName);
        observations.forEach(o -> array.add(of(o)));
        return root;
    }

    public static ObjectNode of(Observation o) {
        ObjectNode n = JSON.objectNode();
        n.put("period", o.period().code());
        n.put("value", o.value());
        n.put("status", o.status().code());
        n.put("vintage", o.vintage());
        n.put("public_by", o.publicBy() == null ? null : o.publicBy().toString());
        n.put(
                "public_by_basis",
                o.publicByBasis() == null ? null : o.publicByBasis().code());
        ArrayNode sources = n.putArray("sources");
        o.sources().forEach(sources::add);
        n.put("note", o.note());
        if (o.derivation() != null) {
            n.set("derivation", DerivationJson.of(o.derivation()));
        }
        return n;
    }
}
