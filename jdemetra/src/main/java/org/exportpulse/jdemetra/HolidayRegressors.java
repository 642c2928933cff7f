package org.exportpulse.jdemetra;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import jdplus.sa.base.api.ComponentType;
import jdplus.sa.base.api.SaVariable;
import jdplus.toolkit.base.api.timeseries.StaticTsDataSupplier;
import jdplus.toolkit.base.api.timeseries.TsData;
import jdplus.toolkit.base.api.timeseries.TsPeriod;
import jdplus.toolkit.base.api.timeseries.regression.ModellingContext;
import jdplus.toolkit.base.api.timeseries.regression.TsContextVariable;
import jdplus.toolkit.base.api.timeseries.regression.TsDataSuppliers;
import jdplus.toolkit.base.api.timeseries.regression.Variable;
import jdplus.toolkit.base.core.regsarima.regular.RegSarimaModel;
import org.exportpulse.core.adjust.Decomposition;
import org.exportpulse.core.adjust.MovingHoliday;

/**
 * Moving holidays as JDemetra+ user-defined regressors: each holiday's monthly regressor over the
 * whole span its table covers (so that forecasts and backcasts have values too), in a modelling
 * context of its own. They are attached to the seasonal component, the one place both engines take a
 * user regressor's effect out of the adjusted series (X-13 then shows it in d16 beside d10; SEATS
 * inside its seasonal component, from which {@link #effect} separates it again).
 */
final class HolidayRegressors {

    private static final String GROUP = "holidays";

    private HolidayRegressors() {}

    /** A fresh context holding the holidays' regressors (the shared default context when there are none). */
    static ModellingContext context(List<MovingHoliday> holidays) {
        if (holidays.isEmpty()) {
            return ModellingContext.getActiveContext();
        }
        ModellingContext context = new ModellingContext();
        TsDataSuppliers group = new TsDataSuppliers();
        for (int i = 0; i < holidays.size(); i++) {
            MovingHoliday h = holidays.get(i);
            YearMonth first = h.firstCovered();
            int months = (int) first.until(h.lastCovered(), ChronoUnit.MONTHS) + 1;
            TsData data = TsData.ofInternal(
                    TsPeriod.monthly(first.getYear(), first.getMonthValue()), h.monthlyRegressor(first, months));
            group.set(id(i), new StaticTsDataSupplier(data));
        }
        context.getTsVariableManagers().set(GROUP, group);
        return context;
    }

    /**
     * @throws IllegalArgumentException naming the holiday and its table's span when the months run outside it
     */
    static void checkCovered(List<MovingHoliday> holidays, YearMonth first, int months) {
        for (MovingHoliday h : holidays) {
            h.monthlyRegressor(first, months);
        }
    }

    static List<Variable<TsContextVariable>> variables(List<MovingHoliday> holidays) {
        List<Variable<TsContextVariable>> out = new ArrayList<>();
        for (int i = 0; i < holidays.size(); i++) {
            Variable<TsContextVariable> v = Variable.<TsContextVariable>builder()
                    .name(holidays.get(i).name())
                    .core(new TsContextVariable(GROUP + "." + id(i)))
                    .build();
            out.add(SaVariable.setComponentType(v, ComponentType.Seasonal));
        }
        return out;
    }

    /** The estimated coefficient, t and p of each holiday, in the spec's order. */
    static List<Decomposition.RegressionEffect> effects(RegSarimaModel model, List<MovingHoliday> holidays) {
        List<Decomposition.RegressionEffect> out = new ArrayList<>();
        if (model == null) {
            return out;
        }
        for (MovingHoliday h : holidays) {
            Arrays.stream(model.getDescription().getVariables())
                    .filter(v -> v.getName().equals(h.name()))
                    .findFirst()
                    .map(v -> model.regressionItem(c -> c == v.getCore(), 0))
                    .ifPresent(item -> out.add(new Decomposition.RegressionEffect(
                            h.name(),
                            item.getCoefficient(),
                            item.getCoefficient() / item.getStdError(),
                            item.getPvalue())));
        }
        return out;
    }

    /**
     * The holidays' combined effect month by month over the span: {@code Σ coefficient × regressor},
     * as a factor {@code exp(Σ …)} when the model is in logs.
     */
    static double[] effect(
            List<MovingHoliday> holidays,
            List<Decomposition.RegressionEffect> effects,
            YearMonth first,
            int months,
            boolean log) {
        double[] sum = new double[months];
        for (int i = 0; i < holidays.size() && i < effects.size(); i++) {
            double[] r = holidays.get(i).monthlyRegressor(first, months);
            for (int t = 0; t < months; t++) {
                sum[t] += effects.get(i).coefficient() * r[t];
            }
        }
        if (log) {
            for (int t = 0; t < months; t++) {
                sum[t] = Math.exp(sum[t]);
            }
        }
        return sum;
    }

    private static String id(int i) {
        return "h" + i;
    }
}
