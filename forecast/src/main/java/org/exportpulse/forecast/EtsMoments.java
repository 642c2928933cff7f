package org.exportpulse.forecast;

import java.util.Arrays;
import org.exportpulse.forecast.EtsModel.Component;
import org.exportpulse.forecast.numeric.Matrix;

/**
 * Forecast means and variances of a fitted ETS model in closed form (Hyndman et al., <i>Forecasting
 * with Exponential Smoothing</i>, 2008, ch. 6), the three classes R's {@code forecast.ets} uses:
 * class 1 (additive error and components, linear: exact normal moments), class 2 (multiplicative
 * error, additive components) and class 3 (multiplicative error and season, approximately). Two
 * corrections to R's code: the seasonal weight of a model without trend sits on the newest seasonal
 * state (R puts it one state too far), and a damped trend's φ enters class 3's first step (R uses 1
 * there). Both leave R's results for the other models unchanged.
 */
final class EtsMoments {

    /** Means and variances for horizons 1 … h. */
    record Moments(double[] mean, double[] variance) {}

    private EtsMoments() {}

    static Moments of(EtsFit fit, int h) {
        EtsModel model = fit.model();
        if (model.error() == Component.ADDITIVE) {
            Linear l = linear(fit, h);
            double[] var = new double[h];
            double sum = 0;
            for (int j = 0; j < h; j++) {
                var[j] = fit.sigma2() * (1 + sum);
                sum += l.c[j] * l.c[j];
            }
            return new Moments(l.mu, var);
        }
        if (model.season() != Component.MULTIPLICATIVE) {
            return class2(fit, h);
        }
        return class3(fit, h);
    }

    /** Means {@code H F^j x} and weights {@code c[j] = H F^j G}. */
    private record Linear(double[] mu, double[] c) {}

    private static Linear linear(EtsFit fit, int h) {
        double[] x = fit.finalState();
        int p = x.length;
        boolean trend = fit.model().trend() != Component.NONE;
        boolean season = fit.model().season() != Component.NONE;
        int m = season ? fit.period() : 1;
        double phi = Double.isNaN(fit.phi()) ? 1 : fit.phi();
        Matrix hRow = Matrix.zeros(1, p).with(0, 0, 1);
        Matrix f = Matrix.zeros(p, p).with(0, 0, 1);
        Matrix g = Matrix.zeros(p, 1).with(0, 0, fit.alpha());
        if (trend) {
            hRow = hRow.with(0, 1, phi);
            f = f.with(0, 1, phi).with(1, 1, phi);
            g = g.with(1, 0, fit.beta());
        }
        if (season) {
            hRow = hRow.with(0, p - 1, 1);
            f = f.with(p - m, p - 1, 1);
            for (int i = 1; i < m; i++) {
                f = f.with(p - m + i, p - m + i - 1, 1);
            }
            g = g.with(p - m, 0, fit.gamma());
        }
        Matrix state = Matrix.column(x);
        Matrix fj = Matrix.identity(p);
        double[] mu = new double[h];
        double[] c = new double[h];
        for (int j = 0; j < h; j++) {
            Matrix hf = hRow.times(fj);
            mu[j] = hf.times(state).scalar();
            c[j] = hf.times(g).scalar();
            fj = fj.times(f);
        }
        return new Linear(mu, c);
    }

    private static Moments class2(EtsFit fit, int h) {
        Linear l = linear(fit, h);
        double s2 = fit.sigma2();
        double[] theta = new double[h];
        double[] var = new double[h];
        for (int j = 0; j < h; j++) {
            theta[j] = l.mu[j] * l.mu[j];
            for (int i = 0; i < j; i++) {
                theta[j] += s2 * l.c[i] * l.c[i] * theta[j - 1 - i];
            }
            var[j] = (1 + s2) * theta[j] - l.mu[j] * l.mu[j];
        }
        return new Moments(l.mu, var);
    }

    private static Moments class3(EtsFit fit, int h) {
        double[] x = fit.finalState();
        int p = x.length;
        int m = fit.period();
        boolean trend = fit.model().trend() != Component.NONE;
        double phi = Double.isNaN(fit.phi()) ? 1 : fit.phi();
        double a = fit.alpha();
        double s2 = fit.sigma2();
        Matrix h1;
        Matrix f1;
        Matrix g1;
        if (trend) {
            double b = fit.beta();
            h1 = Matrix.of(new double[] {1, phi});
            f1 = Matrix.of(new double[] {1, phi}, new double[] {0, phi});
            g1 = Matrix.of(new double[] {a, a * phi}, new double[] {b, b * phi});
        } else {
            h1 = Matrix.of(new double[] {1});
            f1 = Matrix.of(new double[] {1});
            g1 = Matrix.of(new double[] {a});
        }
        Matrix h2 = Matrix.zeros(1, m).with(0, m - 1, 1);
        Matrix f2 = Matrix.zeros(m, m).with(0, m - 1, 1);
        for (int i = 1; i < m; i++) {
            f2 = f2.with(i, i - 1, 1);
        }
        Matrix g2 = Matrix.zeros(m, m).with(0, m - 1, fit.gamma());
        double[] level = Arrays.copyOfRange(x, 0, p - m);
        double[] seasons = Arrays.copyOfRange(x, p - m, p);
        Matrix mh = Matrix.column(level).times(Matrix.of(seasons));
        Matrix vh = Matrix.zeros(mh.rows() * mh.cols(), mh.rows() * mh.cols());
        Matrix h21 = h2.kron(h1);
        Matrix f21 = f2.kron(f1);
        Matrix g21 = g2.kron(g1);
        Matrix k = g2.kron(f1).plus(f2.kron(g1));
        double[] mu = new double[h];
        double[] var = new double[h];
        for (int i = 0; i < h; i++) {
            mu[i] = h1.times(mh).times(h2.transpose()).scalar();
            var[i] = (1 + s2) * h21.times(vh).times(h21.transpose()).scalar() + s2 * mu[i] * mu[i];
            Matrix v = mh.vec();
            Matrix vv = v.times(v.transpose());
            Matrix f21t = f21.transpose();
            Matrix g21t = g21.transpose();
            vh = f21.times(vh)
                    .times(f21t)
                    .plus(f21.times(vh)
                            .times(g21t)
                            .plus(g21.times(vh).times(f21t))
                            .plus(k.times(vh.plus(vv)).times(k.transpose()))
                            .plus(g21.times(vh.scale(3).plus(vv.scale(2)))
                                    .times(g21t)
                                    .scale(s2))
                            .scale(s2));
            mh = f1.times(mh)
                    .times(f2.transpose())
                    .plus(g1.times(mh).times(g2.transpose()).scale(s2));
        }
        return new Moments(mu, var);
    }
}
