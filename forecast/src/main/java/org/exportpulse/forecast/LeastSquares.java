package org.exportpulse.forecast;

/** Ordinary least squares for a handful of regressors, through the normal equations. */
final class LeastSquares {

    private LeastSquares() {}

    /**
     * @param x one row of regressors per observation
     * @return the coefficients; NaN when the regressors are collinear
     */
    static double[] fit(double[][] x, double[] y) {
        int k = x[0].length;
        double[][] a = new double[k][k + 1];
        for (int t = 0; t < y.length; t++) {
            for (int i = 0; i < k; i++) {
                for (int j = 0; j < k; j++) {
                    a[i][j] += x[t][i] * x[t][j];
                }
                a[i][k] += x[t][i] * y[t];
            }
        }
        for (int col = 0; col < k; col++) {
            int pivot = col;
            for (int r = col + 1; r < k; r++) {
                if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) {
                    pivot = r;
                }
            }
            double[] tmp = a[col];
            a[col] = a[pivot];
            a[pivot] = tmp;
            for (int r = 0; r < k; r++) {
                if (r != col) {
                    double factor = a[r][col] / a[col][col];
                    for (int c = col; c <= k; c++) {
                        a[r][c] -= factor * a[col][c];
                    }
                }
            }
        }
        double[] beta = new double[k];
        for (int i = 0; i < k; i++) {
            beta[i] = a[i][k] / a[i][i];
        }
        return beta;
    }
}
