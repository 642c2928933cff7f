package org.exportpulse.jdemetra;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import jdplus.toolkit.base.api.processing.ProcessingLog;
import jdplus.toolkit.base.api.timeseries.TsData;
import jdplus.toolkit.base.api.timeseries.TsPeriod;
import jdplus.toolkit.base.api.timeseries.TsUnit;
import jdplus.toolkit.base.api.timeseries.regression.ModellingContext;
import jdplus.toolkit.base.core.regsarima.regular.RegSarimaModel;
import jdplus.tramoseats.base.api.tramo.TramoSpec;
import jdplus.tramoseats.base.core.tramo.TramoKernel;
import org.exportpulse.core.forecast.Forecast;
import org.exportpulse.core.forecast.Forecaster;
import org.exportpulse.forecast.Forecasters;

/**
 * Seasonal ARIMA forecasts by JDemetra+ 3.5.0's TRAMO with its {@code TR3} preset: a log/level test,
 * automatic outlier detection and automatic ARIMA model identification, no calendar effects (the
 * Western calendar does not fit lunar holidays, and competition series carry no real dates). Point
 * forecasts and their standard errors come from the regression-ARIMA model; when the model is in
 * logs, the intervals are computed in logs and transformed back, so they are asymmetric, and the point
 * forecast is the back-transformed (median) forecast.
 *
 * <p>A constant series is forecast as itself with zero-width intervals (TRAMO's search does not
 * converge on one). The series is given a nominal start of January 2000, which with no calendar regressors has no
 * effect on the model.
 */
public final class TramoArima implements Forecaster {

    @Override
    public String name() {
        return "arima";
    }

    @Override
    public Forecast forecast(double[] y, int period, int horizon, List<Integer> levels) {
        Forecaster.requireFinite(name(), y);
        if (period != 12 && period != 4 && period != 1) {
            throw new IllegalArgumentException("arima handles monthly, quarterly or annual data; got period " + period);
        }
        if (y.length < 3 * Math.max(period, 4)) {
            throw new IllegalArgumentException(
                    "arima needs at least " + 3 * Math.max(period, 4) + " values; got " + y.length);
        }
        if (Arrays.stream(y).allMatch(v -> v == y[0])) {
            return Forecast.constant(name(), y[0], horizon, levels);
        }
        TsData series =
                TsData.ofInternal(TsPeriod.of(TsUnit.ofAnnualFrequency(period), LocalDate.of(2000, 1, 1)), y.clone());
        RegSarimaModel model;
        try {
            model = TramoKernel.of(TramoSpec.TR3, ModellingContext.getActiveContext())
                    .process(series, ProcessingLog.dummy());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("TRAMO could not model the series: " + e.getMessage(), e);
        }
        if (model == null) {
            throw new IllegalArgumentException("TRAMO gave no model for the series (constant or too short)");
        }
        RegSarimaModel.Forecasts f = model.forecasts(horizon);
        boolean log = model.getDescription().isLogTransformation();
        double[] raw = f.getRawForecasts().getValues().toArray();
        double[] sd = f.getRawForecastsStdev().getValues().toArray();
        double[] mean = new double[horizon];
        for (int h = 0; h < horizon; h++) {
            mean[h] = log ? Math.exp(raw[h]) : raw[h];
        }
        List<Forecast.Interval> intervals = new ArrayList<>();
        for (int level : levels) {
            double z = Forecasters.normalMultiplier(level);
            double[] lower = new double[horizon];
            double[] upper = new double[horizon];
            for (int h = 0; h < horizon; h++) {
                double lo = raw[h] - z * sd[h];
                double hi = raw[h] + z * sd[h];
                lower[h] = log ? Math.exp(lo) : lo;
                upper[h] = log ? Math.exp(hi) : hi;
            }
            intervals.add(new Forecast.Interval(level, lower, upper));
        }
        return new Forecast(name(), describe(model, log), mean, intervals);
    }

    private static String describe(RegSarimaModel model, boolean log) {
        var o = model.specification();
        return "ARIMA(" + o.getP() + "," + o.getD() + "," + o.getQ() + ")(" + o.getBp() + "," + o.getBd() + ","
                + o.getBq() + ")" + (log ? " in logs" : "");
    }
}
