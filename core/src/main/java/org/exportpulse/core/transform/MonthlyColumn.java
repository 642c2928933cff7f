package org.exportpulse.core.transform;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.exportpulse.core.series.Observation;
import org.exportpulse.core.time.CalendarMonth;

/**
 * Consecutive monthly values: {@code values[i]} is month {@code start + i}; {@code NaN} marks a
 * month without a value. Immutable: the values are copied in and out (the transform kernels of this
 * package read them in place); two columns are equal when their start and every value are.
 */
public final class MonthlyColumn {

    private final YearMonth start;
    private final double[] values;

    /**
     * @param start the month of {@code values[0]}
     * @param values the monthly values, {@code NaN} where missing (copied)
     */
    public MonthlyColumn(YearMonth start, double[] values) {
        this(start, values, true);
    }

    /** @param copy false only for an array built here and never handed out */
    private MonthlyColumn(YearMonth start, double[] values, boolean copy) {
        this.start = Objects.requireNonNull(start, "start");
        this.values = copy ? Objects.requireNonNull(values, "values").clone() : values;
    }

    /** The month of the first value. */
    public YearMonth start() {
        return start;
    }

    /** A copy of the values, {@code NaN} where missing. */
    public double[] values() {
        return values.clone();
    }

    /** The values themselves, for the kernels of this package, which never change them. */
    double[] valuesInPlace() {
        return values;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MonthlyColumn other && start.equals(other.start) && Arrays.equals(values, other.values);
    }

    @Override
    public int hashCode() {
        return 31 * start.hashCode() + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "MonthlyColumn[start=" + start + ", values=" + Arrays.toString(values) + "]";
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
            return new MonthlyColumn(YearMonth.of(2000, 1), new double[0], false);
        }
        YearMonth first = months.get(0).period().first();
        YearMonth last = first;
        for (Observation o : months) {
            first = o.period().first().isBefore(first) ? o.period().first() : first;
            last = o.period().first().isAfter(last) ? o.period().first() : last;
        }
        double[] values = new double[(int) first.until(last, ChronoUnit.MONTHS) + 1];
        Arrays.fill(values, Double.NaN);
        for (Observation o : months) {
            values[(int) first.until(o.period().first(), ChronoUnit.MONTHS)] =
                    o.value().doubleValue();
        }
        return new MonthlyColumn(first, values, false);
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
