package org.exportpulse.core.adjust;

import java.time.YearMonth;

/** A seasonal-adjustment engine (JDemetra+ behind it), given one contiguous monthly span. */
public interface SeasonalAdjuster {

    /**
     * @param first the month of {@code values[0]}
     * @param values consecutive monthly values, none missing
     * @throws IllegalArgumentException when the engine cannot adjust them, with its reason
     */
    Decomposition adjust(YearMonth first, double[] values, AdjustmentSpec spec);
}
