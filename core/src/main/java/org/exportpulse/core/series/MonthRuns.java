package org.exportpulse.core.series;

import java.time.YearMonth;
import java.util.List;
import org.exportpulse.core.time.CalendarMonth;

/** Runs of consecutive months in a series' monthly observations. */
public final class MonthRuns {

    private MonthRuns() {}

    /**
     * {@code [start, end)} indices of the longest run of consecutive months in {@code months}
     * (ordered, all {@link CalendarMonth}); the latest such run on ties. {@code [0, 0)} when empty.
     */
    public static int[] longest(List<Observation> months) {
        if (months.isEmpty()) {
            return new int[] {0, 0};
        }
        int bestStart = 0;
        int bestEnd = 1;
        int start = 0;
        for (int i = 1; i <= months.size(); i++) {
            boolean breaks = i == months.size()
                    || !month(months.get(i)).equals(month(months.get(i - 1)).plusMonths(1));
            if (breaks) {
                if (i - start >= bestEnd - bestStart) {
                    bestStart = start;
                    bestEnd = i;
                }
                start = i;
            }
        }
        return new int[] {bestStart, bestEnd};
    }

    public static YearMonth month(Observation o) {
        return ((CalendarMonth) o.period()).month();
    }

    /**
     * A monthly series' longest run of consecutive months (derived months count when the source
     * gives them), for a model that needs at least {@code minimum} of them.
     *
     * @param months every month of the series with a value, ordered
     * @param start index in {@code months} of the run's first month
     * @param end index after its last month
     */
    public record Run(Series series, List<Observation> months, int start, int end) {

        /** The run's observations. */
        public List<Observation> span() {
            return months.subList(start, end);
        }

        public YearMonth first() {
            return month(months.get(start));
        }

        public YearMonth last() {
            return month(months.get(end - 1));
        }

        /** The run's values, oldest first. */
        public double[] values() {
            return span().stream().mapToDouble(o -> o.value().doubleValue()).toArray();
        }
    }

    /**
     * @param purpose what needs the run, for messages ({@code seasonal adjustment}, {@code forecasts})
     * @throws NotFoundException when the series is unknown or has no monthly values
     * @throws IllegalArgumentException when it is not monthly or its longest run is shorter than
     *     {@code minimum}, naming the run
     */
    public static Run longestOf(ObservationSource source, String seriesId, String purpose, int minimum) {
        Series series = source.series(seriesId).orElseThrow(() -> NotFoundException.series(seriesId));
        if (series.frequency() != Frequency.MONTH) {
            throw new IllegalArgumentException(purpose + " needs a monthly series; " + seriesId + " has frequency "
                    + series.frequency().code());
        }
        List<Observation> months = source.currentObservations(seriesId).stream()
                .filter(o -> o.period() instanceof CalendarMonth)
                .toList();
        if (months.isEmpty()) {
            throw NotFoundException.period(seriesId, "any month", "the series has no values");
        }
        int[] r = longest(months);
        Run run = new Run(series, months, r[0], r[1]);
        if (r[1] - r[0] < minimum) {
            throw new IllegalArgumentException(seriesId + ": the longest run of consecutive months is " + (r[1] - r[0])
                    + " (" + run.first() + " to " + run.last() + "); " + purpose + " needs at least " + minimum);
        }
        return run;
    }
}
