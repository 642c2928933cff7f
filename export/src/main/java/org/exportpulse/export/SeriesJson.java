package org.exportpulse.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.exportpulse.core.series.Series;

/** A series' metadata as JSON: id, title, unit, frequency, kind, fiscal-year start, publisher, definition, share_of. */
public final class SeriesJson {

    private SeriesJson() {}

    public static ObjectNode of(Series s) {
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        n.put("id", s.id());
        n.put("title", s.title());
        n.put("unit", s.unit().toString());
        n.put("frequency", s.frequency().code());
        n.put("kind", s.kind().code());
        n.put("fiscal_year_start", s.calendar().firstMonth().getValue());
        n.put("publisher", s.publisher());
        n.put("definition", s.definition());
        ArrayNode shareOf = n.putArray("share_of");
        s.shareOf().forEach(d -> shareOf.add(d.code()));
        return n;
    }
}
