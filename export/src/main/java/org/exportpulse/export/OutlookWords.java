package org.exportpulse.export;

import java.util.List;
import java.util.Locale;
import org.exportpulse.core.outlook.FiscalYearOutlook;

/** What a fiscal-year outlook assumes, in words, as the command line, the API and the brief write it. */
public final class OutlookWords {

    private OutlookWords() {}

    /** The assumptions, one sentence fragment each. */
    public static List<String> assumptions(FiscalYearOutlook o) {
        int remaining = o.remaining().size();
        if (remaining == 0) {
            return List.of("the fiscal year is complete: its total is the sum of its reported months");
        }
        return List.of(
                "the remaining " + remaining + (remaining == 1 ? " month follows " : " months follow ")
                        + o.simulatedModel() + " (derived months count as data)",
                String.format(
                        Locale.ROOT,
                        "%,d simulated paths with normal errors; the total's intervals and probabilities are"
                                + " shares of the simulated totals, not sums of monthly bounds",
                        o.paths()),
                "reported months are taken as final; later revisions are not modelled");
    }
}
