package org.exportpulse.cli.command;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.exportpulse.bundle.BundledData;
import org.exportpulse.core.derive.DerivedMonthsSource;
import org.exportpulse.core.release.Freshness;
import org.exportpulse.core.release.FreshnessKernel;
import org.exportpulse.core.series.ObservationSource;
import org.exportpulse.core.time.CalendarMonth;
import org.exportpulse.core.time.FiscalCalendar;
import org.exportpulse.core.time.Period;
import org.exportpulse.core.transform.Aggregation;
import org.exportpulse.store.SeriesStore;

/** Parsing of command-line values shared by commands. */
final class Arguments {

    private Arguments() {}

    /**
     * The store's current values, or its values as of {@code asOf} when given, with derived months
     * where no value was published.
     *
     * @throws IllegalArgumentException when {@code asOf} is not a date YYYY-MM-DD
     */
    static ObservationSource source(SeriesStore store, String asOf) {
        return DerivedMonthsSource.over(asOf == null ? store : store.asOf(date("--as-of", asOf)));
    }

    /**
     * @throws IllegalArgumentException when {@code text} is not a date YYYY-MM-DD
     */
    static LocalDate date(String option, String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(option + " " + text + " is not a date (expected YYYY-MM-DD)", e);
        }
    }

    /**
     * A duration such as {@code 30m}, {@code 6h} or {@code 1d}.
     *
     * @throws IllegalArgumentException for anything else
     */
    static java.time.Duration duration(String option, String text) {
        java.util.regex.Matcher m =
                java.util.regex.Pattern.compile("(\\d{1,6})([mhd])").matcher(text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException(
                    option + " " + text + " is not a duration (expected minutes, hours or days: 30m, 6h, 1d)");
        }
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "m" -> java.time.Duration.ofMinutes(n);
            case "h" -> java.time.Duration.ofHours(n);
            default -> java.time.Duration.ofDays(n);
        };
    }

    /**
     * @throws IllegalArgumentException when {@code text} is not a month like {@code 2025-12}
     */
    static YearMonth month(String text) {
        Period p = Period.parse(text, FiscalCalendar.JULY_TO_JUNE);
        if (p instanceof CalendarMonth m) {
            return m.month();
        }
        throw new IllegalArgumentException("--period " + text + " is not a month (expected e.g. 2025-12)");
    }

    /**
     * @throws IllegalArgumentException for other text than quarter, year or fiscal_year
     */
    static Aggregation.Target aggregationTarget(String text) {
        for (Aggregation.Target t : Aggregation.Target.values()) {
            if (t.name().equalsIgnoreCase(text.strip())) {
                return t;
            }
        }
        throw new IllegalArgumentException(
                "--aggregate " + text + " is not a target (expected quarter, year or fiscal_year)");
    }

    /** {@code seriesId} against the bundled release calendar on {@code today}; empty without a pattern. */
    static Optional<Freshness> freshness(ObservationSource source, String seriesId, LocalDate today) {
        return FreshnessKernel.of(source, BundledData.releasePatterns()).compute(seriesId, today);
    }
}
