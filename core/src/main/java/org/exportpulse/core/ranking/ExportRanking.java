package org.exportpulse.core.ranking;

import java.util.List;
import java.util.Objects;
import org.exportpulse.core.time.FiscalYear;

/**
 * Export categories ranked by their fiscal-year totals, and when the subject (IT) would pass each
 * category above it. Amounts in the series' unit (USD million); growth in percent.
 *
 * @param fiscalYear the year ranked
 * @param rows every category with a total that year, the subject among them, largest first
 * @param subjectPath the subject's fiscal-year totals from {@code fiscalYear} on: reported, then
 *     reported months plus forecasts, then forecasts
 * @param crossovers one per category above the subject, and one per category without enough history
 * @param assumptions what the crossovers assume
 */
public record ExportRanking(
        FiscalYear fiscalYear,
        List<Row> rows,
        List<PathYear> subjectPath,
        List<Crossover> crossovers,
        Assumptions assumptions) {

    public ExportRanking {
        rows = List.copyOf(rows);
        subjectPath = List.copyOf(subjectPath);
        crossovers = List.copyOf(crossovers);
        Objects.requireNonNull(assumptions, "assumptions");
    }

    /** The subject's path in the last fiscal year it reaches (where the search for crossovers ends). */
    public PathYear lastPathYear() {
        return subjectPath.get(subjectPath.size() - 1);
    }

    /** The ranked row of a category. */
    public Row row(String seriesId) {
        return rows.stream()
                .filter(r -> r.seriesId().equals(seriesId))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(seriesId + " is not ranked"));
    }

    /**
     * What the crossovers assume.
     *
     * @param windowYears the longest window of each category's compound growth, in years
     * @param subjectTitle the subject series' title
     * @param forecastMethod the method that completes the subject's path; {@code null} when its
     *     latest months are not consecutive enough to forecast (then only published totals count)
     * @param forecastModel the model that method fitted; {@code null} with it
     * @param maxYears how many fiscal years after the ranked one are searched at most
     */
    public record Assumptions(
            int windowYears, String subjectTitle, String forecastMethod, String forecastModel, int maxYears) {}

    /**
     * @param growth on the previous fiscal year; NaN when it has no total
     * @param compoundGrowth yearly compound growth from {@code growthFrom} to the ranked year; NaN when
     *     the category has a single year
     * @param growthFrom the first fiscal year of the compound-growth window (the ranked year when none)
     */
    public record Row(
            String seriesId,
            String name,
            double value,
            int rank,
            double growth,
            double compoundGrowth,
            FiscalYear growthFrom,
            boolean subject) {}

    /** The subject's total in one fiscal year; {@code forecastMonths} of its 12 months are forecasts. */
    public record PathYear(FiscalYear fiscalYear, double total, int forecastMonths) {}

    /** What happens between the subject and one category. */
    public enum Outcome {
        ALREADY_ABOVE,
        CROSSES,
        NOT_WITHIN,
        NOT_ENOUGH_HISTORY
    }

    /**
     * @param year the first fiscal year the subject's path exceeds the category's (CROSSES only)
     * @param subjectTotal the subject's path in that year (CROSSES only, else NaN)
     * @param categoryTotal the category's projection in that year (CROSSES only, else NaN)
     */
    public record Crossover(
            String seriesId,
            String name,
            Outcome outcome,
            FiscalYear year,
            double subjectTotal,
            double categoryTotal) {}
}
