package org.exportpulse.export;

import java.util.List;
import java.util.Locale;
import org.exportpulse.core.outlook.FiscalYearOutlook;

/** What a fiscal-year outlook assumes, in words, as the command line, the API and the brief write it. */
public final class OutlookWords {

    private OutlookWords() {}

    /** {@code ETS(M,A,M) fitted to 36 consecutive months, 2022-08 to 2025-07}; empty when the year is complete. */
    public static String model(FiscalYearOutlook o) {
        return o.fit()
                .map(f -> f.model() + " fitted to " + f.months() + " consecutive months, " + f.first() + " to "
                        + f.last())
                .orElse("");
    }

    /** Where a goal's amount comes from: {@code given}, {@code published FY25 total, x.fy}, {@code sum of …}. */
    public static String basis(FiscalYearOutlook.Goal g) {
        FiscalYearOutlook.GoalBasis b = g.basis();
        return switch (b.kind()) {
            case GIVEN -> "given";
            case PUBLISHED_TOTAL -> "published " + b.year().label() + " total, " + b.seriesId();
            case MONTHS_SUMMED -> "sum of the 12 months of " + b.year().label() + " in " + b.seriesId();
        };
    }

    /** The assumptions, one sentence fragment each. */
    public static List<String> assumptions(FiscalYearOutlook o) {
        int remaining = o.remaining().size();
        if (remaining == 0) {
            return List.of("the fiscal year is complete: its total is the sum of its reported months");
        }
        return List.of(
                "the remaining " + remaining + (remaining == 1 ? " month follows " : " months follow ") + model(o)
                        + " (derived months count as data)",
                String.format(
                        Locale.ROOT,
                        "%,d simulated paths with normal errors; the total's intervals and probabilities are"
                                + " shares of the simulated totals, not sums of monthly bounds",
                        o.paths()),
                "reported months are taken as final; later revisions are not modelled");
    }
}
