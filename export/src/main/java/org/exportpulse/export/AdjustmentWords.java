package org.exportpulse.export;

import java.util.ArrayList;
import java.util.List;
import org.exportpulse.core.adjust.Adjustment;
import org.exportpulse.core.time.MonthSpan;

/** Why an adjustment covers the months it covers, in words, as the command line and the API write it. */
public final class AdjustmentWords {

    private AdjustmentWords() {}

    /**
     * {@code values before 2020-09 are not used: 2020-07 to 2020-08 are missing}; empty when the
     * series has no gap around the span.
     */
    public static String spanNote(Adjustment a) {
        List<String> parts = new ArrayList<>();
        a.gapBefore().ifPresent(g -> parts.add("values before " + a.first() + " are not used: " + gap(g) + " missing"));
        a.gapAfter().ifPresent(g -> parts.add("values after " + a.last() + " are not used: " + gap(g) + " missing"));
        return String.join("; ", parts);
    }

    private static String gap(MonthSpan g) {
        return g.first().equals(g.last()) ? g.first() + " is" : g.first() + " to " + g.last() + " are";
    }
}
