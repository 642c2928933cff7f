package org.exportpulse.jdemetra;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import jdplus.sa.base.api.ComponentType;
import jdplus.sa.base.api.SeriesDecomposition;
import jdplus.sa.base.core.diagnostics.GenericSaTests;
import jdplus.sa.base.core.diagnostics.ResidualSeasonalityTests;
import jdplus.toolkit.base.api.arima.SarimaOrders;
import jdplus.toolkit.base.api.modelling.ComponentInformation;
import jdplus.toolkit.base.api.processing.ProcessingLog;
import jdplus.toolkit.base.api.stats.StatisticalTest;
import jdplus.toolkit.base.api.timeseries.TsData;
import jdplus.toolkit.base.api.timeseries.TsPeriod;
import jdplus.toolkit.base.core.regsarima.regular.RegSarimaModel;
import jdplus.tramoseats.base.api.tramoseats.TramoSeatsSpec;
import jdplus.tramoseats.base.core.tramoseats.TramoSeatsKernel;
import jdplus.tramoseats.base.core.tramoseats.TramoSeatsResults;
import jdplus.x13.base.api.x13.X13Spec;
import jdplus.x13.base.core.x13.Mstatistics;
import jdplus.x13.base.core.x13.X13Kernel;
import jdplus.x13.base.core.x13.X13Results;
import org.exportpulse.core.adjust.AdjustmentSpec;
import org.exportpulse.core.adjust.Decomposition;
import org.exportpulse.core.adjust.SeasonalAdjuster;

/**
 * JDemetra+ 3.5.0 as the {@link SeasonalAdjuster}: X-13 ({@code X13Kernel}) and TRAMO-SEATS
 * ({@code TramoSeatsKernel}) with their named presets. X-13 gives d10 from the X-11 decomposition
 * and the final d11, d12 and d13 (preadjustment effects put back); TRAMO-SEATS its final
 * components. Diagnostics: the ARIMA model, X-13's Q, Q2 and M1–M11 (M8–M11 only on six years or
 * more, where X-11 computes them), and QS and F tests for
 * residual seasonality in the adjusted series and the irregular.
 */
public final class JdemetraAdjuster implements SeasonalAdjuster {

    /** X-11's M8–M11 are computed on six years or more. */
    static final int SIX_YEARS = 72;

    @Override
    public Decomposition adjust(YearMonth first, double[] values, AdjustmentSpec spec) {
        TsData y = TsData.ofInternal(TsPeriod.monthly(first.getYear(), first.getMonthValue()), values.clone());
        HolidayRegressors.checkCovered(spec.holidays(), first, values.length);
        try {
            return spec.method() == AdjustmentSpec.Method.X13 ? x13(y, spec) : tramoSeats(y, spec);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(
                    "JDemetra+ could not adjust the series with "
                            + spec.method().code() + " " + spec.preset() + ": "
                            + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()),
                    e);
        }
    }

    private static Decomposition x13(TsData y, AdjustmentSpec spec) {
        X13Spec x13 = x13Spec(spec.preset());
        if (!spec.holidays().isEmpty()) {
            var regArima = x13.getRegArima();
            var regression = regArima.getRegression().toBuilder()
                    .userDefinedVariables(HolidayRegressors.variables(spec.holidays()))
                    .build();
            x13 = x13.toBuilder()
                    .regArima(regArima.toBuilder().regression(regression).build())
                    .build();
        }
        X13Results r =
                X13Kernel.of(x13, HolidayRegressors.context(spec.holidays())).process(y, ProcessingLog.dummy());
        if (r == null || !r.isValid() || r.getFinals() == null) {
            throw new IllegalArgumentException(
                    "the X-13 processing gave no result (too short, constant or not seasonal)");
        }
        Map<String, Double> stats = new LinkedHashMap<>();
        Mstatistics m = r.getDiagnostics().getMstatistics();
        if (m != null) {
            stats.put("Q", m.getQ());
            stats.put("Q2", m.getQm2());
            int computed = y.length() >= SIX_YEARS ? 11 : 7; // M8–M11 need six years; JDemetra+ gives 0 below that
            for (int i = 1; i <= computed; i++) {
                stats.put("M" + i, m.getM(i));
            }
        }
        boolean multiplicative = r.getDecomposition().getMode().isMultiplicative();
        double[] sa = values(r.getFinals().getD11final(), y);
        double[] seasonal = values(r.getDecomposition().getD10(), y);
        return new Decomposition(
                multiplicative,
                sa,
                values(r.getFinals().getD12final(), y),
                seasonal,
                values(r.getFinals().getD13final(), y),
                calendar(y, sa, seasonal, multiplicative),
                seasonal,
                model(r.getPreprocessing()),
                stats,
                tests(r.getDiagnostics().getGenericDiagnostics()),
                HolidayRegressors.effects(r.getPreprocessing(), spec.holidays()),
                x13Notes(r.getPreprocessing(), y.length()));
    }

    private static List<String> x13Notes(RegSarimaModel m, int months) {
        List<String> notes = notes(m);
        if (months < SIX_YEARS) {
            notes.add("M8-M11 not computed: they need six years (" + SIX_YEARS + " months), the span has " + months);
        }
        return notes;
    }

    private static Decomposition tramoSeats(TsData y, AdjustmentSpec spec) {
        TramoSeatsSpec ts = tramoSeatsSpec(spec.preset());
        if (!spec.holidays().isEmpty()) {
            var tramo = ts.getTramo();
            var regression = tramo.getRegression().toBuilder()
                    .userDefinedVariables(HolidayRegressors.variables(spec.holidays()))
                    .build();
            ts = ts.toBuilder()
                    .tramo(tramo.toBuilder().regression(regression).build())
                    .build();
        }
        TramoSeatsResults r = TramoSeatsKernel.of(ts, HolidayRegressors.context(spec.holidays()))
                .process(y, ProcessingLog.dummy());
        if (r == null || r.getFinals() == null) {
            throw new IllegalArgumentException(
                    "the TRAMO-SEATS processing gave no result (too short, constant or not seasonal)");
        }
        SeriesDecomposition d = r.getFinals();
        boolean multiplicative = d.getMode().isMultiplicative();
        double[] seasonal = component(d, ComponentType.Seasonal, y);
        double[] sa = component(d, ComponentType.SeasonallyAdjusted, y);
        var effects = HolidayRegressors.effects(r.getPreprocessing(), spec.holidays());
        double[] calendar;
        if (spec.holidays().isEmpty()) {
            calendar = calendar(y, sa, seasonal, multiplicative);
        } else { // SEATS puts the holidays' effect in its seasonal component: take it out again
            calendar = HolidayRegressors.effect(spec.holidays(), effects, first(y), y.length(), multiplicative);
            for (int i = 0; i < seasonal.length; i++) {
                seasonal[i] = multiplicative ? seasonal[i] / calendar[i] : seasonal[i] - calendar[i];
            }
        }
        return new Decomposition(
                multiplicative,
                sa,
                component(d, ComponentType.Trend, y),
                seasonal,
                component(d, ComponentType.Irregular, y),
                calendar,
                seasonal,
                model(r.getPreprocessing()),
                Map.of(),
                tests(r.getDiagnostics().getGenericDiagnostics()),
                effects,
                notes(r.getPreprocessing()));
    }

    private static YearMonth first(TsData y) {
        var start = y.getStart().start();
        return YearMonth.of(start.getYear(), start.getMonthValue());
    }

    /** The original over (or minus) the adjusted series and the seasonal component. */
    private static double[] calendar(TsData y, double[] sa, double[] seasonal, boolean multiplicative) {
        double[] out = new double[sa.length];
        for (int i = 0; i < out.length; i++) {
            double v = y.getValue(i);
            out[i] = multiplicative ? v / (sa[i] * seasonal[i]) : v - sa[i] - seasonal[i];
        }
        return out;
    }

    private static double[] component(SeriesDecomposition d, ComponentType type, TsData y) {
        return values(d.getSeries(type, ComponentInformation.Value), y);
    }

    /** The component over the input's months only (JDemetra+ extends some tables with forecasts). */
    private static double[] values(TsData s, TsData y) {
        return s == null
                ? new double[0]
                : TsData.fitToDomain(s, y.getDomain()).getValues().toArray();
    }

    private static String model(RegSarimaModel m) {
        if (m == null) {
            return "";
        }
        SarimaOrders o = m.specification();
        return "(" + o.getP() + " " + o.getD() + " " + o.getQ() + ")(" + o.getBp() + " " + o.getBd() + " " + o.getBq()
                + ")";
    }

    private static List<String> notes(RegSarimaModel m) {
        List<String> notes = new ArrayList<>();
        if (m != null) {
            notes.add(m.getDescription().isLogTransformation() ? "log transformation" : "no log transformation");
            int outliers = (int) Arrays.stream(m.getDescription().getVariables())
                    .filter(v -> v.getCore() instanceof jdplus.toolkit.base.api.timeseries.regression.IOutlier)
                    .count();
            notes.add(outliers + (outliers == 1 ? " outlier" : " outliers") + " in the RegARIMA model");
        }
        return notes;
    }

    private static Map<String, Double> tests(GenericSaTests g) {
        Map<String, Double> tests = new LinkedHashMap<>();
        if (g == null) {
            return tests;
        }
        put(tests, "QS on seasonally adjusted (p)", g.residualSeasonalityTestsOnSa(), ResidualSeasonalityTests::qsTest);
        put(tests, "F on seasonally adjusted (p)", g.residualSeasonalityTestsOnSa(), ResidualSeasonalityTests::fTest);
        put(tests, "QS on irregular (p)", g.residualSeasonalityTestsOnIrregular(), ResidualSeasonalityTests::qsTest);
        put(tests, "F on irregular (p)", g.residualSeasonalityTestsOnIrregular(), ResidualSeasonalityTests::fTest);
        return tests;
    }

    private static void put(
            Map<String, Double> tests,
            String name,
            ResidualSeasonalityTests t,
            Function<ResidualSeasonalityTests, StatisticalTest> which) {
        if (t == null) {
            return;
        }
        StatisticalTest s = which.apply(t);
        if (s != null && s.isValid()) {
            tests.put(name, s.getPvalue());
        }
    }

    private static X13Spec x13Spec(String preset) {
        return switch (preset) {
            case "RSA0" -> X13Spec.RSA0;
            case "RSA1" -> X13Spec.RSA1;
            case "RSA2" -> X13Spec.RSA2;
            case "RSA3" -> X13Spec.RSA3;
            case "RSA4" -> X13Spec.RSA4;
            case "RSA5" -> X13Spec.RSA5;
            default -> X13Spec.RSAX11;
        };
    }

    private static TramoSeatsSpec tramoSeatsSpec(String preset) {
        return switch (preset) {
            case "RSA0" -> TramoSeatsSpec.RSA0;
            case "RSA1" -> TramoSeatsSpec.RSA1;
            case "RSA2" -> TramoSeatsSpec.RSA2;
            case "RSA3" -> TramoSeatsSpec.RSA3;
            case "RSA4" -> TramoSeatsSpec.RSA4;
            case "RSA5" -> TramoSeatsSpec.RSA5;
            default -> TramoSeatsSpec.RSAfull;
        };
    }
}
