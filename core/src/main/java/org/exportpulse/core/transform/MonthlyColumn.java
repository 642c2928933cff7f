package org.exportpulse.core.transform;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import org.exportpulse.core.series.Observation;
import org.exportpulse.core.time.CalendarMonth;

/**
 * Consecutive monthly values as a {@code double[]}: {@code values[i]} is month {@code start + i};
 * {@code NaN} marks a month without a value. The array is not copied: callers must not change it.
 */
public record MonthlyColumn(YearMonth start, double[] values) {

    public MonthlyColumn {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(values, "values");
    }

    /**
     * The monthly observations among {@code observations} from their first to their last month;
     * other periods are ignored; empty (length 0) when there are none.
     */
    public static MonthlyColumn of(List<Observation> observations) {
        List<Observation> months = observations.stream()
                .filter(o -> o.period() instanceof CalendarMonth)
                .toList();
        if (months.isEmpty()) {
            return new MonthlyColumn(YearMonth.of(2000, 1), new double[0]);
        }
        YearMonth first = months.get(0).period().first();
        YearMonth last = first;
        for (Observation o : months) {
            first = o.period().first().isBefore(first) ? o.period().first() : first;
            last = o.period().first().isAfter(last) ? o.period().first() : last;
        }
        double[] values = new double[(int) first.until(last, ChronoUnit.MONTHS) + 1];
        java.util.Arrays.fill(values, Double.NaN);
        for (Observation o : months) {
            values[(int) first.until(o.period().first(), ChronoUnit.MONTHS)] =
                    o.value().doubleValue();
        }
        return new MonthlyColumn(first, values);
    }

    public int length() {
        return values.length;
    }

    public YearMonth month(int index) {
        return start.plusMonths(index);
    }

    /** The value of {@code month}; {@code NaN} outside the column or where missing. */
    public double at(YearMonth month) {
        long i = start.until(month, ChronoUnit.MONTHS);
        return i < 0 || i >= values.length ? Double.NaN : values[(int) i];
    }

    /** This column's values re-indexed to {@code start} and {@code length} ({@code NaN} where it has none). */
    public double[] alignedTo(YearMonth start, int length) {
        double[] out = new double[length];
        for (int i = 0; i < length; i++) {
            out[i] = at(start.plusMonths(i));
        }
        return out;
    }
}
