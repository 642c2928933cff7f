package org.exportpulse.core.transform;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.exportpulse.core.series.SeriesKind;
import org.exportpulse.core.time.CalendarQuarter;
import org.exportpulse.core.time.CalendarYear;
import org.exportpulse.core.time.FiscalCalendar;
import org.exportpulse.core.time.Period;

/**
 * Monthly values to quarters, calendar years or fiscal years, by the series' kind: a flow sums its
 * months, a rate averages them (both need every month), a stock takes its last month.
 */
public final class Aggregation {

    /** The periods monthly values can be aggregated to. */
    public enum Target {
        QUARTER,
        YEAR,
        FISCAL_YEAR
    }

    /** How the months of a period make its value (FRED's {@code aggregation_method}). */
    public enum Method {
        /** The sum of the months (a flow's default); needs every month. */
        SUM,
        /** The mean of the months (a rate's default); needs every month. */
        AVG,
        /** The period's last month, end of period (a stock's default). */
        EOP;

        /** The method a series of {@code kind} is aggregated by unless told otherwise. */
        public static Method of(SeriesKind kind) {
            return switch (kind) {
                case FLOW -> SUM;
                case RATE -> AVG;
                case STOCK -> EOP;
            };
        }

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** How the method is named in a description: {@code sum}, {@code average}, {@code end of period}. */
        public String words() {
            return switch (this) {
                case SUM -> "sum";
                case AVG -> "average";
                case EOP -> "end of period";
            };
        }
    }

    /** One aggregated value; {@code NaN} when a month it needs is missing. */
    public record Value(Period period, double value) {}

    private Aggregation() {}

    /** Every period that {@code x} touches, in order. */
    public static List<Value> aggregate(MonthlyColumn x, SeriesKind kind, Target target, FiscalCalendar calendar) {
        return aggregate(x, Method.of(kind), target, calendar);
    }

    /** Every period that {@code x} touches, in order, each made by {@code method}. */
    public static List<Value> aggregate(MonthlyColumn x, Method method, Target target, FiscalCalendar calendar) {
        List<Value> out = new ArrayList<>();
        if (x.length() == 0) {
            return out;
        }
        Period period = periodOf(x.start(), target, calendar);
        YearMonth last = x.month(x.length() - 1);
        while (!period.first().isAfter(last)) {
            out.add(new Value(period, value(x, method, period)));
            period = periodOf(period.last().plusMonths(1), target, calendar);
        }
        return out;
    }

    private static Period periodOf(YearMonth month, Target target, FiscalCalendar calendar) {
        return switch (target) {
            case QUARTER -> CalendarQuarter.containing(month);
            case YEAR -> CalendarYear.of(month.getYear());
            case FISCAL_YEAR -> calendar.fiscalYearOf(month);
        };
    }

    private static double value(MonthlyColumn x, Method method, Period period) {
        if (method == Method.EOP) {
            return x.at(period.last());
        }
        double sum = 0;
        for (YearMonth m : period.months()) {
            sum += x.at(m);
        }
        return method == Method.AVG ? sum / period.monthCount() : sum;
    }
}
