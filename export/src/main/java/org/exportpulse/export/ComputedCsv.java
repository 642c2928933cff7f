package org.exportpulse.export;

import java.io.Writer;
import java.util.List;
import org.exportpulse.core.transform.Aggregation;

/**
 * Computed values (a transform or an aggregation) as a table {@code series,period,value,unit,transform},
 * a missing value as an empty cell, numbers rounded as in {@link ComputedJson}. The CLI and the API
 * write the same bytes.
 */
public final class ComputedCsv {

    private ComputedCsv() {}

    /**
     * @param what describes the computation, e.g. {@code pc1} or {@code fiscal_year (sum)}
     * @param unit the unit of the results, e.g. {@code percent}
     */
    public static void write(String seriesId, String what, String unit, List<Aggregation.Value> values, Writer out) {
        TableFiles.csv(table(seriesId, what, unit, values), out);
    }

    /** The values as a table, for CSV or XLSX. */
    public static DataTable table(String seriesId, String what, String unit, List<Aggregation.Value> values) {
        DataTable.Builder table = DataTable.with("series", "period", "value", "unit", "transform");
        for (Aggregation.Value v : values) {
            table.row(
                    seriesId,
                    v.period().code(),
                    Double.isNaN(v.value()) ? null : ComputedJson.rounded(v.value()),
                    unit,
                    what);
        }
        return table.build();
    }
}
