package org.exportpulse.core.adjust;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * A holiday whose Gregorian date moves from year to year (Eid al-Fitr, Eid al-Adha), as a table of
 * dated occurrences, and its monthly regressor.
 *
 * @param name as outputs show it, e.g. {@code Eid al-Fitr}
 * @param days how many days each occurrence lasts from its first day (public holidays)
 * @param dates the first day of each occurrence, ascending
 * @param source where the dates come from
 */
public record MovingHoliday(String name, int days, List<LocalDate> dates, String source) {

    public MovingHoliday {
        Objects.requireNonNull(name, "name");
        if (days < 1) {
            throw new IllegalArgumentException(name + ": a holiday lasts at least one day, not " + days);
        }
        dates = List.copyOf(dates);
        if (dates.isEmpty()) {
            throw new IllegalArgumentException(name + ": no dates");
        }
        for (int i = 1; i < dates.size(); i++) {
            if (!dates.get(i).isAfter(dates.get(i - 1))) {
                throw new IllegalArgumentException(name + ": dates are not ascending at " + dates.get(i));
            }
        }
    }

    /** The first month the table covers completely. */
    public YearMonth firstCovered() {
        return YearMonth.from(dates.get(0)).plusMonths(1);
    }

    /** The last month the table covers completely. */
    public YearMonth lastCovered() {
        return YearMonth.from(dates.get(dates.size() - 1)).minusMonths(1);
    }

    /**
     * The share of the holiday's days that fall in each month from {@code first}, minus the average
     * share of that calendar month over the whole table (so that the regressor moves the seasonal
     * pattern, not the level: over a lunar cycle of about 33 years every month has its turn).
     *
     * @throws IllegalArgumentException when the months run outside the table
     */
    public double[] monthlyRegressor(YearMonth first, int months) {
        YearMonth last = first.plusMonths(months - 1L);
        if (first.isBefore(firstCovered()) || last.isAfter(lastCovered())) {
            throw new IllegalArgumentException(name + " dates cover " + firstCovered() + " to " + lastCovered()
                    + "; the regressor was asked for " + first + " to " + last);
        }
        double[] byMonthOfYear = averageShareByCalendarMonth();
        double[] out = new double[months];
        for (LocalDate start : dates) {
            for (int d = 0; d < days; d++) {
                YearMonth m = YearMonth.from(start.plusDays(d));
                long i = first.until(m, java.time.temporal.ChronoUnit.MONTHS);
                if (i >= 0 && i < months) {
                    out[(int) i] += 1.0 / days;
                }
            }
        }
        for (int i = 0; i < months; i++) {
            out[i] -= byMonthOfYear[first.plusMonths(i).getMonthValue() - 1];
        }
        return out;
    }

    /** The average share per calendar month over the covered years. */
    private double[] averageShareByCalendarMonth() {
        YearMonth from = firstCovered();
        YearMonth to = lastCovered();
        double[] sum = new double[12];
        int[] count = new int[12];
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            count[m.getMonthValue() - 1]++;
        }
        for (LocalDate start : dates) {
            for (int d = 0; d < days; d++) {
                YearMonth m = YearMonth.from(start.plusDays(d));
                if (!m.isBefore(from) && !m.isAfter(to)) {
                    sum[m.getMonthValue() - 1] += 1.0 / days;
                }
            }
        }
        double[] avg = new double[12];
        for (int i = 0; i < 12; i++) {
            avg[i] = count[i] == 0 ? 0 : sum[i] / count[i];
        }
        return avg;
    }
}
