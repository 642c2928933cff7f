package org.exportpulse.core.outlook;

/** Sample quantiles. */
public final class Quantiles {

    private Quantiles() {}

    /**
     * R's default (type 7): linear interpolation between the order statistics.
     *
     * @param sorted values in ascending order, at least one
     * @param p probability in [0, 1]
     */
    public static double of(double[] sorted, double p) {
        if (sorted.length == 0 || p < 0 || p > 1) {
            throw new IllegalArgumentException("a quantile needs values and a probability in [0, 1]; got " + p);
        }
        double index = p * (sorted.length - 1);
        int lo = (int) Math.floor(index);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (index - lo) * (sorted[hi] - sorted[lo]);
    }
}
