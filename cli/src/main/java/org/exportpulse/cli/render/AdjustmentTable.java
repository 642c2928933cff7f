package org.exportpulse.cli.render;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import org.exportpulse.core.adjust.Adjustment;
import org.exportpulse.core.adjust.Decomposition;
import org.exportpulse.export.AdjustmentWords;

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
                + (AdjustmentWords.spanNote(a).isEmpty() ? "" : "; " + AdjustmentWords.spanNote(a)));
        boolean calendar = !a.spec().holidays().isEmpty();
        out.printf(
                "%-8s %12s %12s %12s %10s %10s%s%n",
                "PERIOD", "ORIGINAL", "ADJUSTED", "TREND", "SEASONAL", "IRREGULAR", calendar ? "   CALENDAR" : "");
        for (Adjustment.Row r : a.rows()) {
            out.printf(
                    Locale.ROOT,
                    "%-8s %12.2f %12.2f %12.2f %10.4f %10.4f%s%n",
                    r.month(),
                    r.original(),
                    r.seasonallyAdjusted(),
                    r.trend(),
                    r.seasonal(),
                    r.irregular(),
                    calendar ? String.format(Locale.ROOT, " %10.4f", r.calendar()) : "");
        }
        print(out, "Statistics", d.statistics());
        print(out, "Residual seasonality tests", d.tests());
        for (Decomposition.RegressionEffect e : d.regressors()) {
            out.printf(
                    Locale.ROOT,
                    "Regressor %s: coefficient %.4f, t %.2f, p %.3f%s%n",
                    e.name(),
                    e.coefficient(),
                    e.tStat(),
                    e.pValue(),
                    e.pValue() < 0.05 ? "" : " (not significant at 5%)");
        }
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
        out.println("period,original,seasonally_adjusted,trend,seasonal,irregular,calendar,seasonal_factor,derived");
        for (Adjustment.Row r : a.rows()) {
            out.println(r.month() + "," + r.original() + "," + r.seasonallyAdjusted() + "," + r.trend() + ","
                    + r.seasonal() + "," + r.irregular() + "," + r.calendar() + "," + r.seasonalFactor() + ","
                    + r.derived());
        }
    }
}
