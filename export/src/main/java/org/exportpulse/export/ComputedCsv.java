package org.exportpulse.export;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import org.exportpulse.core.transform.Aggregation;

/**
 * Computed values (a transform or an aggregation) as CSV: {@code series,period,value,unit,transform},
 * a missing value as an empty field, numbers rounded as in {@link ComputedJson}. The CLI and the API
 * write the same bytes.
 */
public final class ComputedCsv {

    private ComputedCsv() {}

    /**
     * @param what describes the computation, e.g. {@code pc1} or {@code fiscal_year (sum)}
     * @param unit the unit of the results, e.g. {@code percent}
     */
    public static void write(String seriesId, String what, String unit, List<Aggregation.Value> values, Writer out) {
        CsvWriter csv = CsvWriter.builder().build(out);
        csv.writeRecord("series", "period", "value", "unit", "transform");
        for (Aggregation.Value v : values) {
            String value = Double.isNaN(v.value())
                    ? ""
                    : ComputedJson.rounded(v.value()).toPlainString();
            csv.writeRecord(seriesId, v.period().code(), value, unit, what);
        }
        try {
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
