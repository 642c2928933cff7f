package org.exportpulse.update;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.exportpulse.store.AddedVintage;
import org.exportpulse.store.IngestReport;

/** The JSON of {@code pulse update --format json}, as docs/contracts.md gives it. */
public final class UpdateJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private UpdateJson() {}

    public static ObjectNode of(UpdateResult result) {
        ObjectNode root = NODES.objectNode();
        root.put("dry_run", result.dryRun());
        ArrayNode sources = root.putArray("sources");
        for (SourceResult s : result.sources()) {
            ObjectNode node = sources.addObject();
            node.put("source", s.source());
            node.put("requests", s.requests());
            node.put("values", s.batch().observations().size());
            node.put("series_defined", s.batch().series().size());
            s.notes().forEach(node.putArray("notes")::add);
            if (s.notes().isEmpty()) {
                node.putArray("notes");
            }
        }
        IngestReport report = result.report();
        root.put("series_created", report.seriesCreated());
        root.put("series_updated", report.seriesUpdated());
        root.put("new_values", report.added().size() - report.revisions().size());
        root.put("revisions", report.revisions().size());
        root.put("unchanged", report.observationsUnchanged());
        ArrayNode added = root.putArray("added");
        for (AddedVintage a : report.added()) {
            ObjectNode node = added.addObject();
            node.put("series", a.seriesId());
            node.put("period", a.period().code());
            node.put("kind", a.isRevision() ? "revision" : "new");
            node.put("vintage", a.vintage());
            node.put("value", a.value());
            if (a.previous() == null) {
                node.putNull("previous");
            } else {
                node.put("previous", a.previous());
            }
            node.put("public_by", a.publicBy() == null ? null : a.publicBy().toString());
            node.put("public_by_basis", a.publicByBasis().code());
        }
        return root;
    }
}
