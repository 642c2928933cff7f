package org.exportpulse.cli.command;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import org.exportpulse.cli.OutputFormat;
import org.exportpulse.core.transform.Aggregation;

/** Prints computed values (a transform or an aggregation) of a series: period and value, NaN as missing. */
final class ComputedValues {

    private ComputedValues() {}

    /**
     * @param what describes the computation, e.g. {@code pc1} or {@code fiscal_year sum}
     * @param unit the unit of the results, e.g. {@code percent}
     */
    static void print(
            String seriesId,
            String what,
            String unit,
            List<Aggregation.Value> values,
            OutputFormat format,
            PrintWriter out) {
        switch (format) {
            case TABLE -> {
                out.printf("%s, %s (%s)%n", seriesId, what, unit);
                values.forEach(v -> out.printf("%-16s %16s%n", v.period().code(), text(v.value(), "n/a")));
            }
            case JSON -> {
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
                Json.print(root, out);
            }
            case CSV -> {
                CsvWriter csv = CsvWriter.builder().build(out);
                csv.writeRecord("series", "period", "value", "unit", "transform");
                values.forEach(v -> csv.writeRecord(seriesId, v.period().code(), text(v.value(), ""), unit, what));
                CsvOutput.finish(csv, out);
            }
        }
        out.flush();
    }

    /** Twelve significant digits: enough for any published figure, free of binary noise. */
    private static BigDecimal rounded(double value) {
        BigDecimal d = new BigDecimal(value).round(new MathContext(12)).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0) : d;
    }

    private static String text(double value, String missing) {
        return Double.isNaN(value) ? missing : rounded(value).toPlainString();
    }
}
