package org.exportpulse.cli.render;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import org.exportpulse.core.adjust.Adjustment;
import org.exportpulse.core.adjust.Decomposition;

/** {@code pulse adjust} as a table for people, CSV, or JSON (shape in docs/contracts.md). */
public final class AdjustmentOutput {

    private AdjustmentOutput() {}

    public static void table(Adjustment a, PrintWriter out) {
        Decomposition d = a.decomposition();
        out.println(
                a.series().title() + " (" + a.series().id() + "), " + a.series().unit());
        out.println("Seasonal adjustment: " + a.spec().method().code() + " "
                + a.spec().preset() + ", " + (d.multiplicative() ? "multiplicative" : "additive") + ", ARIMA "
                + d.model() + "; " + String.join("; ", d.notes()));
        out.println("Span: " + a.first() + " to " + a.last() + " (" + a.original().length + " consecutive months"
                + (a.derivedMonths().isEmpty() ? "" : "; derived: " + a.derivedMonths()) + ")"
                + (a.spanNote().isEmpty() ? "" : "; " + a.spanNote()));
        out.printf(
                "%-8s %12s %12s %12s %10s %10s%n", "PERIOD", "ORIGINAL", "ADJUSTED", "TREND", "SEASONAL", "IRREGULAR");
        for (int i = 0; i < a.original().length; i++) {
            out.printf(
                    Locale.ROOT,
                    "%-8s %12.2f %12.2f %12.2f %10.4f %10.4f%n",
                    a.month(i),
                    a.original()[i],
                    d.seasonallyAdjusted()[i],
                    d.trend()[i],
                    d.seasonal()[i],
                    d.irregular()[i]);
        }
        print(out, "Statistics", d.statistics());
        print(out, "Residual seasonality tests", d.tests());
    }

    private static void print(PrintWriter out, String title, Map<String, Double> values) {
        if (values.isEmpty()) {
            return;
        }
        StringBuilder b = new StringBuilder(title).append(':');
        values.forEach((k, v) -> b.append(' ')
                .append(k)
                .append(' ')
                .append(String.format(Locale.ROOT, "%.3f", v))
                .append(';'));
        out.println(b.substring(0, b.length() - 1));
    }

    public static void csv(Adjustment a, PrintWriter out) {
        Decomposition d = a.decomposition();
        out.println("period,original,seasonally_adjusted,trend,seasonal,irregular,seasonal_factor,derived");
        for (int i = 0; i < a.original().length; i++) {
            out.println(a.month(i) + "," + a.original()[i] + "," + d.seasonallyAdjusted()[i] + "," + d.trend()[i] + ","
                    + d.seasonal()[i] + "," + d.irregular()[i] + "," + d.seasonalFactors()[i] + ","
                    + a.derivedMonths().contains(a.month(i)));
        }
    }

    public static ObjectNode json(Adjustment a) {
        Decomposition d = a.decomposition();
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("series", a.series().id());
        root.put("method", a.spec().method().code());
        root.put("spec", a.spec().preset());
        root.putObject("span")
                .put("first", a.first().toString())
                .put("last", a.last().toString())
                .put("months", a.original().length);
        root.put("span_note", a.spanNote());
        ArrayNode derived = root.putArray("derived_months");
        a.derivedMonths().forEach(m -> derived.add(m.toString()));
        root.put("mode", d.multiplicative() ? "multiplicative" : "additive");
        root.put("model", d.model());
        ArrayNode notes = root.putArray("notes");
        d.notes().forEach(notes::add);
        ObjectNode stats = root.putObject("statistics");
        d.statistics().forEach(stats::put);
        ObjectNode tests = root.putObject("tests");
        d.tests().forEach(tests::put);
        ArrayNode values = root.putArray("values");
        for (int i = 0; i < a.original().length; i++) {
            values.addObject()
                    .put("period", a.month(i).toString())
                    .put("original", a.original()[i])
                    .put("seasonally_adjusted", d.seasonallyAdjusted()[i])
                    .put("trend", d.trend()[i])
                    .put("seasonal", d.seasonal()[i])
                    .put("irregular", d.irregular()[i])
                    .put("seasonal_factor", d.seasonalFactors()[i]);
        }
        return root;
    }
}
