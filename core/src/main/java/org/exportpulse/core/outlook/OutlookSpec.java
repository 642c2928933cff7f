package org.exportpulse.core.outlook;

import java.util.Objects;
import java.util.OptionalDouble;
import org.exportpulse.core.time.FiscalYear;

/**
 * What a fiscal-year outlook projects.
 *
 * @param seriesId a monthly series
 * @param fiscalYear the year whose total is projected, in the series' fiscal calendar
 * @param target a total to reach, in the series' unit, positive; empty for none
 */
public record OutlookSpec(String seriesId, FiscalYear fiscalYear, OptionalDouble target) {

    public OutlookSpec {
        Objects.requireNonNull(seriesId, "seriesId");
        Objects.requireNonNull(fiscalYear, "fiscalYear");
        Objects.requireNonNull(target, "target");
    }

    /** The outlook of {@code fiscalYear}'s total, with no target. */
    public static OutlookSpec of(String seriesId, FiscalYear fiscalYear) {
        return new OutlookSpec(seriesId, fiscalYear, OptionalDouble.empty());
    }

    /** The same outlook, with what reaching {@code amount} asks. */
    public OutlookSpec withTarget(double amount) {
        return new OutlookSpec(seriesId, fiscalYear, OptionalDouble.of(amount));
    }
}
