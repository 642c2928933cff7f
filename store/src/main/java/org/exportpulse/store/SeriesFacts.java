package org.exportpulse.store;

import java.time.LocalDate;

/**
 * What the store holds of one series: its first and last period (codes), how many periods have a
 * value, how many vintages are stored in all, and the latest public-by date among them. Derived
 * months are computed on reading and not counted.
 *
 * @param lastUpdated the latest public-by date of any of its vintages; {@code null} when none has one
 */
public record SeriesFacts(String firstPeriod, String lastPeriod, int periods, int vintages, LocalDate lastUpdated) {}
