package org.exportpulse.bench;

import java.time.YearMonth;
import java.util.SplittableRandom;

/**
 * A deterministic synthetic panel of monthly flows: level × trend × seasonality × noise, two
 * decimals, with a given share of months missing ({@code NaN}). The same arguments give the same
 * panel on every machine.
 */
public record Panel(YearMonth start, double[][] values) {

    public static Panel generate(int series, int months, YearMonth start, long seed, double missingShare) {
        double[][] values = new double[series][months];
        for (int s = 0; s < series; s++) {
            SplittableRandom random = new SplittableRandom(seed * 1_000_003L + s);
            double level = 50 + random.nextDouble() * 950;
            double growth = 1 + random.nextDouble() * 0.02 - 0.005;
            double amplitude = random.nextDouble() * 0.3;
            for (int m = 0; m < months; m++) {
                if (random.nextDouble() < missingShare) {
                    values[s][m] = Double.NaN;
                    continue;
                }
                double season = 1 + amplitude * Math.sin(2 * Math.PI * ((start.getMonthValue() - 1 + m) % 12) / 12);
                double noise = 1 + (random.nextDouble() - 0.5) * 0.1;
                values[s][m] = Math.round(level * Math.pow(growth, m) * season * noise * 100) / 100.0;
            }
        }
        return new Panel(start, values);
    }

    public int series() {
        return values.length;
    }

    public int months() {
        return values.length == 0 ? 0 : values[0].length;
    }

    public long observations() {
        long n = 0;
        for (double[] row : values) {
            for (double v : row) {
                n += Double.isNaN(v) ? 0 : 1;
            }
        }
        return n;
    }

    /** The id of series {@code s}. */
    public static String seriesId(int s) {
        return String.format("syn.s%06d", s);
    }
}
