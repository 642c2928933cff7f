package org.exportpulse.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import org.exportpulse.core.ranking.ExportRanking;

/** The JSON of {@code pulse ranking --format json} (shape in docs/contracts.md). */
public final class RankingJson {

    private RankingJson() {}

    public static ObjectNode of(ExportRanking r) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("fiscal_year", r.fiscalYear().label());
        ArrayNode rows = root.putArray("categories");
        for (ExportRanking.Row row : r.rows()) {
            ObjectNode n = rows.addObject()
                    .put("series", row.seriesId())
                    .put("name", row.name())
                    .put("value", row.value())
                    .put("rank", row.rank())
                    .put("subject", row.subject());
            JsonNumbers.putOrNull(n, "growth_pct", row.growth());
            JsonNumbers.putOrNull(n, "compound_growth_pct", row.compoundGrowth());
            n.put("compound_growth_from", row.growthFrom().label());
        }
        ArrayNode path = root.putArray("subject_path");
        r.subjectPath()
                .forEach(p -> path.addObject()
                        .put("fiscal_year", p.fiscalYear().label())
                        .put("total", p.total())
                        .put("forecast_months", p.forecastMonths()));
        ArrayNode crossovers = root.putArray("crossovers");
        for (ExportRanking.Crossover c : r.crossovers()) {
            ObjectNode n = crossovers
                    .addObject()
                    .put("series", c.seriesId())
                    .put("name", c.name())
                    .put("outcome", c.outcome().name().toLowerCase(Locale.ROOT));
            if (c.year() == null || c.outcome() != ExportRanking.Outcome.CROSSES) {
                n.putNull("fiscal_year");
            } else {
                n.put("fiscal_year", c.year().label());
            }
            JsonNumbers.putOrNull(n, "subject_total", c.subjectTotal());
            JsonNumbers.putOrNull(n, "category_total", c.categoryTotal());
            n.put("explanation", RankingWords.explanation(r, c));
        }
        ArrayNode assumptions = root.putArray("assumptions");
        RankingWords.assumptions(r).forEach(assumptions::add);
        return root;
    }
}
