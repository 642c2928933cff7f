package org.exportpulse.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import org.exportpulse.core.transform.Aggregation;

/**
 * Computed values (a transform or an aggregation) as JSON: {@code {"series", "transform", "unit",
 * "observations": [{"period", "value"}]}}, {@code null} where an input is missing, values to twelve
 * significant digits (enough for any published figure, free of binary noise).
 */
public final class ComputedJson {

    private ComputedJson() {}

    public static ObjectNode of(String seriesId, String what, String unit, List<Aggregation.Value> values) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("series", seriesId);
        root.put("transform", what);
        root.put("unit", unit);
        ArrayNode rows = root.putArray("observations");
        for (Aggregation.Value v : values) {
            ObjectNode n = rows.addObject();
            n.put("period", v.period().code());
            if (Double.isNaN(v.value())) {
                n.putNull("value");
            } else {
                n.put("value", rounded(v.value()));
            }
        }
        return root;
    }

    /** {@code value} to twelve significant digits, as a plain decimal. */
    public static BigDecimal rounded(double value) {
        BigDecimal d = new BigDecimal(value).round(new MathContext(12)).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0) : d;
    }
}
