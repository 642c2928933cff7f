package org.exportpulse.forecast.numeric;

import java.util.function.ToDoubleFunction;

/**
 * The Nelder–Mead simplex minimiser exactly as R's {@code optim(method = "Nelder-Mead")} runs it
 * ({@code nmmin} in R's {@code optim.c}): reflection 1, contraction 0.5, expansion 2, a first simplex
 * stepping each coordinate by a tenth of the largest absolute start value, and a stop when the
 * simplex's function values lie within {@code reltol · (|f(start)| + reltol)} of each other. Keeping
 * R's choices keeps models fitted with it comparable with R's to the optimiser's tolerance.
 *
 * <p>Non-finite function values count as {@code 1e35}, so a function can reject a point by returning
 * {@link Double#POSITIVE_INFINITY}.
 */
public final class NelderMead {

    private static final double BIG = 1.0e35;
    private static final double REFLECT = 1.0;
    private static final double CONTRACT = 0.5;
    private static final double EXPAND = 2.0;

    private NelderMead() {}

    /**
     * The best point found and its value.
     *
     * @param evaluations function evaluations used
     * @param converged false when the evaluation budget ran out or a shrink failed to shrink
     */
    public record Result(double[] point, double value, int evaluations, boolean converged) {}

    /**
     * @param f the function to minimise; may return infinity to reject a point
     * @param start the starting point, not changed
     * @param reltol relative convergence tolerance (R's default: 1.49e-8, the square root of machine epsilon)
     * @param maxEvaluations evaluation budget (R's {@code maxit})
     * @throws IllegalArgumentException when {@code f} is not finite at the start
     */
    public static Result minimize(ToDoubleFunction<double[]> f, double[] start, double reltol, int maxEvaluations) {
        int n = start.length;
        double[] b = start.clone();
        double f0 = f.applyAsDouble(b);
        if (!Double.isFinite(f0)) {
            throw new IllegalArgumentException("function cannot be evaluated at initial parameters");
        }
        // p[i][j]: coordinate i of vertex j; row n holds the vertex values; column n + 1 the centroid
        double[][] p = new double[n + 1][n + 2];
        int evaluations = 1;
        double convtol = reltol * (Math.abs(f0) + reltol);
        int n1 = n + 1;
        int c = n + 2;
        p[n1 - 1][0] = f0;
        for (int i = 0; i < n; i++) {
            p[i][0] = b[i];
        }
        int low = 1;
        double step = 0;
        for (int i = 0; i < n; i++) {
            step = Math.max(step, 0.1 * Math.abs(b[i]));
        }
        if (step == 0.0) {
            step = 0.1;
        }
        double size = 0;
        for (int j = 2; j <= n1; j++) {
            for (int i = 0; i < n; i++) {
                p[i][j - 1] = b[i];
            }
            double trystep = step;
            while (p[j - 2][j - 1] == b[j - 2]) {
                p[j - 2][j - 1] = b[j - 2] + trystep;
                trystep *= 10;
            }
            size += trystep;
        }
        double oldsize = size;
        boolean calcvert = true;
        boolean failed = false;
        do {
            if (calcvert) {
                for (int j = 0; j < n1; j++) {
                    if (j + 1 != low) {
                        for (int i = 0; i < n; i++) {
                            b[i] = p[i][j];
                        }
                        p[n1 - 1][j] = value(f, b);
                        evaluations++;
                    }
                }
                calcvert = false;
            }
            double vl = p[n1 - 1][low - 1];
            double vh = vl;
            int high = low;
            for (int j = 1; j <= n1; j++) {
                if (j != low) {
                    double v = p[n1 - 1][j - 1];
                    if (v < vl) {
                        low = j;
                        vl = v;
                    }
                    if (v > vh) {
                        high = j;
                        vh = v;
                    }
                }
            }
            if (vh <= vl + convtol) {
                break;
            }
            for (int i = 0; i < n; i++) {
                double temp = -p[i][high - 1];
                for (int j = 0; j < n1; j++) {
                    temp += p[i][j];
                }
                p[i][c - 1] = temp / n;
            }
            for (int i = 0; i < n; i++) {
                b[i] = (1.0 + REFLECT) * p[i][c - 1] - REFLECT * p[i][high - 1];
            }
            double vr = value(f, b);
            evaluations++;
            if (vr < vl) {
                p[n1 - 1][c - 1] = vr;
                for (int i = 0; i < n; i++) {
                    double e = EXPAND * b[i] + (1 - EXPAND) * p[i][c - 1];
                    p[i][c - 1] = b[i];
                    b[i] = e;
                }
                double fe = value(f, b);
                evaluations++;
                if (fe < vr) {
                    for (int i = 0; i < n; i++) {
                        p[i][high - 1] = b[i];
                    }
                    p[n1 - 1][high - 1] = fe;
                } else {
                    for (int i = 0; i < n; i++) {
                        p[i][high - 1] = p[i][c - 1];
                    }
                    p[n1 - 1][high - 1] = vr;
                }
            } else {
                if (vr < vh) {
                    for (int i = 0; i < n; i++) {
                        p[i][high - 1] = b[i];
                    }
                    p[n1 - 1][high - 1] = vr;
                }
                for (int i = 0; i < n; i++) {
                    b[i] = (1 - CONTRACT) * p[i][high - 1] + CONTRACT * p[i][c - 1];
                }
                double fc = value(f, b);
                evaluations++;
                if (fc < p[n1 - 1][high - 1]) {
                    for (int i = 0; i < n; i++) {
                        p[i][high - 1] = b[i];
                    }
                    p[n1 - 1][high - 1] = fc;
                } else if (vr >= vh) {
                    calcvert = true;
                    size = 0.0;
                    for (int j = 0; j < n1; j++) {
                        if (j + 1 != low) {
                            for (int i = 0; i < n; i++) {
                                p[i][j] = CONTRACT * (p[i][j] - p[i][low - 1]) + p[i][low - 1];
                                size += Math.abs(p[i][j] - p[i][low - 1]);
                            }
                        }
                    }
                    if (size < oldsize) {
                        oldsize = size;
                    } else {
                        failed = true;
                        break;
                    }
                }
            }
        } while (evaluations <= maxEvaluations);
        double[] best = new double[n];
        for (int i = 0; i < n; i++) {
            best[i] = p[i][low - 1];
        }
        return new Result(best, p[n1 - 1][low - 1], evaluations, !failed && evaluations <= maxEvaluations);
    }

    private static double value(ToDoubleFunction<double[]> f, double[] x) {
        double v = f.applyAsDouble(x);
        return Double.isFinite(v) ? v : BIG;
    }
}
