package org.exportpulse.forecast.numeric;

/**
 * A small dense matrix of doubles for model algebra (state-space moments, a few dozen rows at most).
 * Immutable: every operation returns a new matrix.
 */
public final class Matrix {

    private final int rows;
    private final int cols;
    private final double[] a;

    private Matrix(int rows, int cols, double[] a) {
        this.rows = rows;
        this.cols = cols;
        this.a = a;
    }

    /** A rows × cols matrix of zeros. */
    public static Matrix zeros(int rows, int cols) {
        return new Matrix(rows, cols, new double[rows * cols]);
    }

    /** The n × n identity. */
    public static Matrix identity(int n) {
        Matrix m = zeros(n, n);
        for (int i = 0; i < n; i++) {
            m.a[i * n + i] = 1;
        }
        return m;
    }

    /** A matrix from its rows (all the same length). */
    public static Matrix of(double[]... rows) {
        Matrix m = zeros(rows.length, rows[0].length);
        for (int i = 0; i < rows.length; i++) {
            System.arraycopy(rows[i], 0, m.a, i * m.cols, m.cols);
        }
        return m;
    }

    /** A column vector. */
    public static Matrix column(double... values) {
        return new Matrix(values.length, 1, values.clone());
    }

    public int rows() {
        return rows;
    }

    public int cols() {
        return cols;
    }

    public double get(int i, int j) {
        return a[i * cols + j];
    }

    /** A copy with entry (i, j) set to {@code value}. */
    public Matrix with(int i, int j, double value) {
        Matrix m = new Matrix(rows, cols, a.clone());
        m.a[i * cols + j] = value;
        return m;
    }

    public Matrix times(Matrix b) {
        if (cols != b.rows) {
            throw new IllegalArgumentException(rows + "×" + cols + " times " + b.rows + "×" + b.cols);
        }
        Matrix m = zeros(rows, b.cols);
        for (int i = 0; i < rows; i++) {
            for (int k = 0; k < cols; k++) {
                double v = a[i * cols + k];
                if (v != 0) {
                    for (int j = 0; j < b.cols; j++) {
                        m.a[i * b.cols + j] += v * b.a[k * b.cols + j];
                    }
                }
            }
        }
        return m;
    }

    public Matrix plus(Matrix b) {
        if (rows != b.rows || cols != b.cols) {
            throw new IllegalArgumentException(rows + "×" + cols + " plus " + b.rows + "×" + b.cols);
        }
        Matrix m = zeros(rows, cols);
        for (int i = 0; i < a.length; i++) {
            m.a[i] = a[i] + b.a[i];
        }
        return m;
    }

    public Matrix scale(double s) {
        Matrix m = zeros(rows, cols);
        for (int i = 0; i < a.length; i++) {
            m.a[i] = a[i] * s;
        }
        return m;
    }

    public Matrix transpose() {
        Matrix m = zeros(cols, rows);
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                m.a[j * rows + i] = a[i * cols + j];
            }
        }
        return m;
    }

    /** The Kronecker product {@code this ⊗ b}. */
    public Matrix kron(Matrix b) {
        Matrix m = zeros(rows * b.rows, cols * b.cols);
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                double v = get(i, j);
                for (int k = 0; k < b.rows; k++) {
                    for (int l = 0; l < b.cols; l++) {
                        m.a[(i * b.rows + k) * m.cols + j * b.cols + l] = v * b.get(k, l);
                    }
                }
            }
        }
        return m;
    }

    /** The columns stacked into one column vector (column-major, as R's {@code c(M)}). */
    public Matrix vec() {
        double[] v = new double[rows * cols];
        for (int j = 0; j < cols; j++) {
            for (int i = 0; i < rows; i++) {
                v[j * rows + i] = get(i, j);
            }
        }
        return new Matrix(v.length, 1, v);
    }

    /** The single entry of a 1 × 1 matrix. */
    public double scalar() {
        if (rows != 1 || cols != 1) {
            throw new IllegalStateException("a " + rows + "×" + cols + " matrix is not a scalar");
        }
        return a[0];
    }
}
