package org.exportpulse.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.exportpulse.core.series.Derivation;

/** A derivation as JSON: {@code {"rule", "arithmetic", "inputs": [{series, period, vintage, value, sign}]}}. */
public final class DerivationJson {

    private static final JsonNodeFactory JSON = JsonNodeFactory.withExactBigDecimals(true);

    private DerivationJson() {}

    public static ObjectNode of(Derivation d) {
        ObjectNode n = JSON.objectNode();
        n.put("rule", d.rule().code());
        n.put("arithmetic", d.arithmetic());
        ArrayNode inputs = n.putArray("inputs");
        for (Derivation.Term t : d.inputs()) {
            ObjectNode term = inputs.addObject();
            term.put("series", t.seriesId());
            term.put("period", t.period().code());
            term.put("vintage", t.vintage());
            term.put("value", t.value());
            term.put("sign", t.sign());
        }
        return n;
    }
}
