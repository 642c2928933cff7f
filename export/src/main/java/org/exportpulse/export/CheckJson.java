package org.exportpulse.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.exportpulse.check.CheckReport;
import org.exportpulse.check.CheckedClaim;

/**
 * A {@link CheckReport} as the JSON of {@code pulse check --format json} and {@code POST /api/check}
 * (see docs/contracts.md): spans are Java {@code String} indices into the text as given; amounts
 * in USD million, changes and shares in percent.
 */
public final class CheckJson {

    private static final JsonNodeFactory JSON = JsonNodeFactory.withExactBigDecimals(true);

    private CheckJson() {}

    public static ObjectNode of(CheckReport report) {
        ObjectNode root = JSON.objectNode();
        root.put("date", report.date() == null ? null : report.date().toString());
        ArrayNode claims = root.putArray("claims");
        report.claims().forEach(c -> claims.add(claim(c)));
        return root;
    }

    /** One claim's object, as it appears in {@code claims}. */
    public static ObjectNode claim(CheckedClaim c) {
        ObjectNode node = JSON.objectNode();
        node.put("text", c.text());
        node.putArray("span").add(c.start()).add(c.end());
        node.put("series", c.series());
        node.put("period", c.period() == null ? null : c.period().code());
        node.put("kind", c.kind().code());
        node.put("claimed", c.claimed());
        node.put("actual", c.actual());
        node.put("verdict", c.verdict().code());
        node.put("explanation", c.explanation());
        ArrayNode sources = node.putArray("sources");
        c.sources().forEach(sources::add);
        return node;
    }
}
