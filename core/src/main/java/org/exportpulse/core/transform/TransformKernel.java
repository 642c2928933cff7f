package org.exportpulse.core.transform;

import java.time.Month;
import java.time.YearMonth;

/**
 * The transforms on {@code double[]} monthly columns. A month lacking any input ({@code NaN}) gives
 * {@code NaN}, never zero; so do a zero divisor and the logarithm of a value that is not positive.
 * Each kernel is a single pass, O(n).
 */
public final class TransformKernel {

    private TransformKernel() {}

    /**
     * Applies {@code transform} to {@code x}.
     *
     * @param fiscalStart the first month of the fiscal year, for {@code fytd}
     * @param denominator for {@code share}, the other series aligned to {@code x} (same start and
     *     length); ignored otherwise
     * @return a new array of {@code x.length()} values
     */
    public static double[] apply(Transform transform, MonthlyColumn x, Month fiscalStart, double[] denominator) {
        return applyInto(transform, x, fiscalStart, denominator, new double[x.length()]);
    }

    /**
     * As {@link #apply}, writing into {@code out} (at least {@code x.length()} long) so that a
     * caller transforming many series can reuse one buffer.
     *
     * @return {@code out}
     */
    public static double[] applyInto(
            Transform transform, MonthlyColumn x, Month fiscalStart, double[] denominator, double[] out) {
        double[] v = x.valuesInPlace();
        return switch (transform.code()) {
            case LIN -> copy(v, out);
            case CHG -> difference(v, 1, out);
            case CH1 -> difference(v, 12, out);
            case PCH -> percentChange(v, 1, out);
            case PC1 -> percentChange(v, 12, out);
            case PCA -> compoundedAnnualRate(v, out);
            case CCH -> logDifference(v, 100, out);
            case CCA -> logDifference(v, 1200, out);
            case LOG -> log(v, out);
            case FYTD -> fiscalYearToDate(v, x.start(), fiscalStart, out);
            case FYTD_PC1 -> percentChange(fiscalYearToDate(v, x.start(), fiscalStart, new double[v.length]), 12, out);
            case R12 -> rollingSum(v, 12, out);
            case R12_PC1 -> percentChange(rollingSum(v, 12, new double[v.length]), 12, out);
            case SHARE -> share(v, denominator, out);
        };
    }

    private static double[] copy(double[] v, double[] out) {
        System.arraycopy(v, 0, out, 0, v.length);
        return out;
    }

    static double[] difference(double[] v, int lag, double[] out) {
        for (int i = 0; i < v.length; i++) {
            out[i] = i < lag ? Double.NaN : v[i] - v[i - lag];
        }
        return out;
    }

    static double[] percentChange(double[] v, int lag, double[] out) {
        for (int i = 0; i < v.length; i++) {
            out[i] = i < lag ? Double.NaN : ratioPercent(v[i], v[i - lag]);
        }
        return out;
    }

    private static double ratioPercent(double now, double before) {
        return before == 0 ? Double.NaN : (now / before - 1) * 100;
    }

    static double[] compoundedAnnualRate(double[] v, double[] out) {
        for (int i = 0; i < v.length; i++) {
            out[i] = i < 1 || v[i - 1] == 0 ? Double.NaN : (Math.pow(v[i] / v[i - 1], 12) - 1) * 100;
        }
        return out;
    }

    static double[] logDifference(double[] v, double scale, double[] out) {
        double[] logs = log(v, new double[v.length]);
        for (int i = 0; i < v.length; i++) {
            out[i] = i < 1 ? Double.NaN : (logs[i] - logs[i - 1]) * scale;
        }
        return out;
    }

    static double[] log(double[] v, double[] out) {
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i] > 0 ? Math.log(v[i]) : Double.NaN;
        }
        return out;
    }

    /** Running sum that restarts each fiscal year; a missing month makes the rest of its year missing. */
    static double[] fiscalYearToDate(double[] v, YearMonth start, Month fiscalStart, double[] out) {
        int month = start.getMonthValue();
        int first = fiscalStart.getValue();
        boolean yearStartSeen = false;
        double sum = 0;
        for (int i = 0; i < v.length; i++, month = month == 12 ? 1 : month + 1) {
            if (month == first) {
                sum = 0;
                yearStartSeen = true;
            }
            sum += v[i];
            out[i] = yearStartSeen ? sum : Double.NaN;
        }
        return out;
    }

    /** Sum of the last {@code window} values; missing while the window holds a missing month. */
    static double[] rollingSum(double[] v, int window, double[] out) {
        double sum = 0;
        int missing = 0;
        for (int i = 0; i < v.length; i++) {
            if (Double.isNaN(v[i])) {
                missing++;
            } else {
                sum += v[i];
            }
            if (i >= window) {
                if (Double.isNaN(v[i - window])) {
                    missing--;
                } else {
                    sum -= v[i - window];
                }
            }
            out[i] = i < window - 1 || missing > 0 ? Double.NaN : sum;
        }
        return out;
    }

    static double[] share(double[] v, double[] denominator, double[] out) {
        for (int i = 0; i < v.length; i++) {
            out[i] = denominator[i] == 0 ? Double.NaN : v[i] / denominator[i] * 100;
        }
        return out;
    }
}
