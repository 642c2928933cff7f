package org.exportpulse.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;

/** A series as JSON: {@code {"series": {metadata}, "observations": [...]}}. */
final class JsonExport {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private JsonExport() {}

    static void write(SeriesExport export, OutputStream out) throws IOException {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.set("series", SeriesJson.of(export.series()));
        ArrayNode rows = root.putArray("observations");
        export.observations().forEach(o -> rows.add(ObservationJson.of(o)));
        MAPPER.writeValue(out, root);
        out.flush();
    }
}
