package org.exportpulse.core.series;

import java.util.List;
import org.exportpulse.core.time.Period;

/** Every stored vintage of one period of a series, oldest first; empty when there is none. */
@FunctionalInterface
public interface VintageSource {

    List<Observation> vintages(String seriesId, Period period);

    /** A source that knows no earlier vintages. */
    static VintageSource none() {
        return (id, period) -> List.of();
    }
}
