package org.exportpulse.cli.command;

import java.util.concurrent.Callable;
import org.exportpulse.bundle.BundledData;
import org.exportpulse.cli.Pulse;
import org.exportpulse.cli.render.ReconciliationJson;
import org.exportpulse.cli.render.ReconciliationTable;
import org.exportpulse.core.derive.Reconciler;
import org.exportpulse.core.derive.Reconciliation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code pulse reconcile SERIES [--format table|json]}. */
@Command(
        name = "reconcile",
        description = "Where monthly values, the publisher's cumulative and fiscal-year totals, and the bundled"
                + " reference of derived months disagree beyond rounding, with both numbers and their arithmetic.")
public final class ReconcileCommand implements Callable<Integer> {

    @ParentCommand
    Pulse pulse;

    @Parameters(index = "0", paramLabel = "SERIES", description = "Monthly series id, e.g. pk.ict.exports.")
    String seriesId;

    @Mixin
    FormatOption.TableOrJson formatOption;

    @Override
    public Integer call() {
        Reconciliation r = Reconciler.of(pulse.store()).reconcile(seriesId, BundledData.derivedReference());
        switch (formatOption.format) {
            case JSON -> Json.print(ReconciliationJson.of(r), pulse.out());
            case TABLE -> ReconciliationTable.print(r, pulse.out());
            default ->
                throw new IllegalArgumentException("reconcile is written as table or json, not " + formatOption.format);
        }
        return 0;
    }
}
