package org.exportpulse.core.ranking;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.exportpulse.core.time.FiscalYear;

/**
 * What a ranking of export categories compares.
 *
 * @param subject the monthly series ranked among the categories (its {@code .fy} companion holds its
 *     totals)
 * @param categories fiscal-year series of the other categories
 * @param fiscalYear the year ranked; empty for the latest with the subject and two categories
 * @param windowYears the longest window of each category's compound growth, at least 1
 */
public record RankingSpec(String subject, List<String> categories, Optional<FiscalYear> fiscalYear, int windowYears) {

    /** The window used unless another is asked for, in years. */
    public static final int DEFAULT_WINDOW_YEARS = 3;

    public RankingSpec {
        Objects.requireNonNull(subject, "subject");
        categories = List.copyOf(categories);
        Objects.requireNonNull(fiscalYear, "fiscalYear");
    }

    /** The latest year, a window of {@value #DEFAULT_WINDOW_YEARS} years. */
    public static RankingSpec of(String subject, List<String> categories) {
        return new RankingSpec(subject, categories, Optional.empty(), DEFAULT_WINDOW_YEARS);
    }

    /** The same ranking for {@code year}. */
    public RankingSpec withFiscalYear(FiscalYear year) {
        return new RankingSpec(subject, categories, Optional.of(year), windowYears);
    }

    /** The same ranking with a window of {@code years}. */
    public RankingSpec withWindowYears(int years) {
        return new RankingSpec(subject, categories, fiscalYear, years);
    }
}
