package org.exportpulse.brief;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import org.exportpulse.brief.compose.Brief;
import org.exportpulse.brief.compose.BriefNumber;
import org.exportpulse.brief.compose.TraceRef;

/**
 * The machine-readable list of a brief's numbers: {@code {"series", "period", "numbers": [{"n",
 * "key", "text", "value", "kind", "refs": [{"series", "period", "vintage", "public_by", "status",
 * "value", "source"}]}]}}; {@code n} is the footnote number.
 */
public final class NumbersBlock {

    private static final JsonNodeFactory JSON = JsonNodeFactory.withExactBigDecimals(true);

    private NumbersBlock() {}

    public static ObjectNode of(Brief brief) {
        ObjectNode root = JSON.objectNode();
        root.put("series", brief.series().id());
        root.put("period", brief.month().toString());
        ArrayNode numbers = root.putArray("numbers");
        List<BriefNumber> all = brief.numbers();
        for (int i = 0; i < all.size(); i++) {
            BriefNumber n = all.get(i);
            ObjectNode node = numbers.addObject();
            node.put("n", i + 1);
            node.put("key", n.key());
            node.put("text", NumberText.of(n));
            node.put("value", n.value());
            node.put("kind", n.kind().name().toLowerCase(Locale.ROOT));
            ArrayNode refs = node.putArray("refs");
            for (TraceRef r : n.refs()) {
                refs.addObject()
                        .put("series", r.seriesId())
                        .put("period", r.period())
                        .put("vintage", r.vintage())
                        .put(
                                "public_by",
                                r.publicBy() == null ? null : r.publicBy().toString())
                        .put("status", r.status())
                        .put("value", new java.math.BigDecimal(r.value()))
                        .put("source", r.source());
            }
        }
        return root;
    }
}
