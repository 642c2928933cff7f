package org.exportpulse.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.exportpulse.core.peers.PeerComparison;

/** The JSON of {@code pulse peers --format json} (shape in docs/contracts.md). */
public final class PeersJson {

    private PeersJson() {}

    public static ObjectNode of(PeerComparison c) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("year", c.year());
        root.put("unit", "USD");
        root.put("economies_ranked", c.economiesRanked());
        ArrayNode rows = root.putArray("economies");
        for (PeerComparison.Row r : c.rows()) {
            ObjectNode n = rows.addObject()
                    .put("code", r.code())
                    .put("name", r.name())
                    .put("series", r.seriesId())
                    .put("value", r.value())
                    .put("vintage", r.vintage());
            JsonNumbers.putOrNull(n, "growth_pct", r.growth());
            JsonNumbers.putOrNull(n, "growth_5y_pct", r.growth5y());
            n.put("peer_rank", r.peerRank()).put("world_rank", r.worldRank()).put("highlighted", r.highlighted());
        }
        ArrayNode missing = root.putArray("missing");
        c.missing().forEach(missing::add);
        return root;
    }
}
