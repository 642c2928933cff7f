package org.exportpulse.core.derive;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * A month someone else derived, with their arithmetic: a reference to compare the engine's value
 * with, not an oracle.
 */
public record ReferenceValue(String seriesId, YearMonth month, BigDecimal value, String arithmetic) {}
