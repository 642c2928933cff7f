package org.exportpulse.cli.render;

import java.io.PrintWriter;
import org.exportpulse.core.derive.Reconciliation;
import org.exportpulse.core.series.Observation;

/** {@link Reconciliation} for people: three lists, each item with both numbers and why. */
public final class ReconciliationTable {

    private ReconciliationTable() {}

    public static void print(Reconciliation r, PrintWriter out) {
        out.printf("Reconciliation of %s%n%n", r.seriesId());
        out.printf(
                "Published totals against the sum of their published months: %d checked, %d disagree beyond"
                        + " rounding%n",
                r.totalsChecked(), r.totals().size());
        for (Reconciliation.TotalMismatch t : r.totals()) {
            out.printf(
                    "  %s %s v%d: published %s, months sum to %s (difference %s, rounding allows %s)%n",
                    t.totalSeriesId(),
                    t.span().code(),
                    t.vintage(),
                    t.published().toPlainString(),
                    t.sumOfMonths().toPlainString(),
                    t.difference().toPlainString(),
                    t.tolerance().toPlainString());
        }
        out.printf(
                "%nMonths whose published value and derivation rules disagree: %d%n",
                r.months().size());
        for (Reconciliation.MonthMismatch m : r.months()) {
            out.printf("  %s (rounding allows %s):%n", m.month(), m.tolerance().toPlainString());
            m.values().forEach(o -> out.printf("    %s%n", describe(o)));
        }
        out.printf(
                "%nReference months (bundle derived_reference.csv) where the engine differs: %d%n",
                r.reference().size());
        for (Reconciliation.ReferenceMismatch m : r.reference()) {
            out.printf(
                    "  %s: reference %s = %s%n",
                    m.reference().month(),
                    m.reference().value().toPlainString(),
                    m.reference().arithmetic());
            out.printf(
                    "    engine: %s%n",
                    m.engine() == null ? "no value (no rule applies and none was published)" : describe(m.engine()));
        }
        out.flush();
    }

    private static String describe(Observation o) {
        if (o.derivation() == null) {
            return o.value().toPlainString() + " published (vintage " + o.vintage() + ")";
        }
        return o.value().toPlainString() + " derived by "
                + o.derivation().rule().code() + " = " + o.derivation().arithmetic();
    }
}
