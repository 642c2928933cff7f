package org.exportpulse.cli.command;

import java.io.PrintWriter;
import java.util.List;
import org.exportpulse.cli.OutputFormat;
import org.exportpulse.core.transform.Aggregation;
import org.exportpulse.export.ComputedCsv;
import org.exportpulse.export.ComputedJson;

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
            case JSON -> Json.print(ComputedJson.of(seriesId, what, unit, values), out);
            case CSV -> ComputedCsv.write(seriesId, what, unit, values, out);
        }
        out.flush();
    }

    private static String text(double value, String missing) {
        return Double.isNaN(value) ? missing : ComputedJson.rounded(value).toPlainString();
    }
}
