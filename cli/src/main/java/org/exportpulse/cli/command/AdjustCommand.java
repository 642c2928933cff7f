package org.exportpulse.cli.command;

import java.util.concurrent.Callable;
import org.exportpulse.bundle.BundledData;
import org.exportpulse.cli.Pulse;
import org.exportpulse.cli.render.AdjustmentTable;
import org.exportpulse.core.adjust.Adjustment;
import org.exportpulse.core.adjust.AdjustmentKernel;
import org.exportpulse.core.adjust.AdjustmentSpec;
import org.exportpulse.export.AdjustmentJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code pulse adjust SERIES [--method x13|tramoseats] [--spec NAME] [--eid] [--format table|csv|json]}. */
@Command(
        name = "adjust",
        description = "Seasonally adjust a monthly series with JDemetra+ (X-13 or TRAMO-SEATS) over its longest run of"
                + " consecutive months: adjusted series, trend, seasonal and irregular components, seasonal factors and"
                + " diagnostics.")
public final class AdjustCommand implements Callable<Integer> {

    @ParentCommand
    Pulse pulse;

    @Parameters(index = "0", paramLabel = "SERIES", description = "Monthly series id, e.g. pk.ict.exports.")
    String seriesId;

    @Option(names = "--method", defaultValue = "x13", description = "x13 or tramoseats (default: ${DEFAULT-VALUE}).")
    String method;

    @Option(
            names = "--spec",
            paramLabel = "NAME",
            description = "JDemetra+ preset: RSA0-RSA5, RSAX11 (X-13) or RSAfull (TRAMO-SEATS) (default: RSA3, no"
                    + " Western calendar effects).")
    String spec;

    @Mixin
    FormatOption.TableJsonOrCsv formatOption;

    @Option(
            names = "--eid",
            description = "Add Eid al-Fitr and Eid al-Adha regressors (dates: data/calendar/eid.csv, the Umm al-Qura"
                    + " calendar); their effect goes to the calendar component.")
    boolean eid;

    @Override
    public Integer call() {
        AdjustmentSpec.Method m = AdjustmentSpec.Method.parse(method);
        AdjustmentSpec s = spec == null ? AdjustmentSpec.defaultFor(m) : new AdjustmentSpec(m, spec);
        if (eid) {
            s = s.withHolidays(BundledData.eidHolidays());
        }
        Adjustment a = AdjustmentKernel.of(
                        Arguments.source(pulse.store(), null), pulse.engines().requireAdjuster())
                .compute(seriesId, s);
        switch (formatOption.format) {
            case TABLE -> AdjustmentTable.table(a, pulse.out());
            case CSV -> AdjustmentTable.csv(a, pulse.out());
            case JSON -> Json.print(AdjustmentJson.of(a), pulse.out());
            default ->
                throw new IllegalArgumentException("adjust writes table, csv or json, not " + formatOption.format);
        }
        pulse.out().flush();
        return 0;
    }
}
