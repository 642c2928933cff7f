package org.exportpulse.cli.render;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import org.exportpulse.core.adjust.Adjustment;
import org.exportpulse.core.adjust.Decomposition;

/** {@code pulse adjust} as a table for people or CSV. */
public final class AdjustmentTable {

    private AdjustmentTable() {}

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
}
