package org.exportpulse.core.figures;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.exportpulse.core.series.Frequency;
import org.exportpulse.core.series.NotFoundException;
import org.exportpulse.core.series.Observation;
import org.exportpulse.core.series.ObservationSource;
import org.exportpulse.core.series.Series;
import org.exportpulse.core.series.SeriesId;
import org.exportpulse.core.time.MonthSpan;

/**
 * Computes {@link HeadlineFigures} for a month of a monthly series from the current observations
 * an {@link ObservationSource} gives. Nothing is interpolated: a figure lacking an input is {@code
 * null} and names the input.
 */
public final class HeadlineFiguresKernel {

    private final ObservationSource source;

    private HeadlineFiguresKernel(ObservationSource source) {
        this.source = Objects.requireNonNull(source, "source");
    }

    public static HeadlineFiguresKernel of(ObservationSource source) {
        return new HeadlineFiguresKernel(source);
    }

    /**
     * The latest month of the series with a value.
     *
     * @throws NotFoundException when the series is unknown or has no values
     * @throws IllegalArgumentException when the series is not monthly
     */
    public YearMonth latestMonth(String seriesId) {
        MonthlyValues values = monthlyValues(monthlySeries(seriesId));
        if (values.isEmpty()) {
            throw NotFoundException.period(seriesId, "any month", "the series has no values");
        }
        return values.lastMonth();
    }

    /**
     * The figures for {@code month}.
     *
     * @throws NotFoundException when the series is unknown, or {@code month} lies before its first
     *     or after its last stored month (a gap inside that range gives {@code null} figures)
     * @throws IllegalArgumentException when the series is not monthly
     */
    public HeadlineFigures compute(String seriesId, YearMonth month) {
        Series series = monthlySeries(seriesId);
        MonthlyValues values = monthlyValues(series);
        requireWithinHistory(values, month);
        Trace trace = new Trace();
        Optional<Observation> current = values.at(month);
        current.ifPresentOrElse(o -> trace.used(seriesId, o), () -> trace.lacked(month.toString()));
        Comparison previous = compare(values, current, month, month.minusMonths(1), trace);
        Comparison yearAgo = compare(values, current, month, month.minusYears(1), trace);
        FiscalYearToDate fytd = fiscalYearToDate(series, values, month, trace);
        RollingTwelveMonths r12 = rollingTwelveMonths(values, month, trace);
        List<RecordMark> records = current.map(o -> RecordFinder.find(values, month, o.value(), trace))
                .orElse(List.of());
        Streak streak = StreakFinder.find(values, month);
        List<ShareFigure> shares = new ShareCalculator(source, series, trace).shares(month, current);
        return new HeadlineFigures(
                series,
                month,
                current.orElse(null),
                previous,
                yearAgo,
                fytd,
                r12,
                records,
                List.of(streak),
                shares,
                trace.missing(),
                trace.inputs());
    }

    private Series monthlySeries(String seriesId) {
        Series series = source.series(seriesId).orElseThrow(() -> NotFoundException.series(seriesId));
        if (series.frequency() != Frequency.MONTH) {
            throw new IllegalArgumentException("figures need a monthly series; " + seriesId + " has frequency "
                    + series.frequency().code());
        }
        return series;
    }

    private MonthlyValues monthlyValues(Series series) {
        return new MonthlyValues(series.id(), source.currentObservations(series.id()));
    }

    private static void requireWithinHistory(MonthlyValues values, YearMonth month) {
        if (values.isEmpty()) {
            throw NotFoundException.period(values.seriesId(), month.toString(), "the series has no values");
        }
        if (month.isBefore(values.firstMonth()) || month.isAfter(values.lastMonth())) {
            throw NotFoundException.period(
                    values.seriesId(),
                    month.toString(),
                    "it has values from " + values.firstMonth() + " to " + values.lastMonth());
        }
    }

    private static Comparison compare(
            MonthlyValues values, Optional<Observation> current, YearMonth month, YearMonth earlier, Trace trace) {
        Optional<Observation> base = values.at(earlier);
        List<String> missing = new ArrayList<>();
        if (current.isEmpty()) {
            missing.add(month.toString());
        }
        base.ifPresentOrElse(o -> trace.used(values.seriesId(), o), () -> {
            missing.add(earlier.toString());
            trace.lacked(earlier.toString());
        });
        BigDecimal baseValue = base.map(Observation::value).orElse(null);
        if (!missing.isEmpty()) {
            return new Comparison(earlier, baseValue, null, null, missing);
        }
        BigDecimal now = current.get().value();
        return new Comparison(earlier, baseValue, now.subtract(baseValue), Percent.change(now, baseValue), List.of());
    }

    private FiscalYearToDate fiscalYearToDate(Series series, MonthlyValues values, YearMonth month, Trace trace) {
        MonthSpan span = series.calendar().yearToDate(month);
        MonthSpan yearAgoSpan = span.shift(-12);
        List<String> missing = new ArrayList<>();
        Optional<BigDecimal> value = values.sum(span, trace, missing);
        Optional<BigDecimal> yearAgo = values.sum(yearAgoSpan, trace, missing);
        trace.lackedAll(missing);
        String fytdId = SeriesId.fytdCompanion(series.id());
        List<Observation> cumulative = source.currentObservations(fytdId);
        BigDecimal published = publishedCumulative(fytdId, cumulative, span, trace);
        BigDecimal yearAgoPublished = publishedCumulative(fytdId, cumulative, yearAgoSpan, trace);
        BigDecimal change =
                value.isPresent() && yearAgo.isPresent() ? value.get().subtract(yearAgo.get()) : null;
        BigDecimal pct = change == null ? null : Percent.change(value.get(), yearAgo.get());
        return new FiscalYearToDate(
                series.calendar().fiscalYearOf(month),
                span,
                value.orElse(null),
                yearAgoSpan,
                yearAgo.orElse(null),
                change,
                pct,
                published,
                yearAgoPublished,
                missing);
    }

    private static BigDecimal publishedCumulative(
            String fytdId, List<Observation> cumulative, MonthSpan span, Trace trace) {
        for (Observation o : cumulative) {
            if (o.period().equals(span)) {
                trace.used(fytdId, o);
                return o.value();
            }
        }
        return null;
    }

    private static RollingTwelveMonths rollingTwelveMonths(MonthlyValues values, YearMonth month, Trace trace) {
        MonthSpan span = MonthSpan.twelveMonthsTo(month);
        List<String> missing = new ArrayList<>();
        Optional<BigDecimal> value = values.sum(span, trace, missing);
        Optional<BigDecimal> yearAgo = values.sum(span.shift(-12), trace, missing);
        trace.lackedAll(missing);
        BigDecimal change =
                value.isPresent() && yearAgo.isPresent() ? value.get().subtract(yearAgo.get()) : null;
        BigDecimal pct = change == null ? null : Percent.change(value.get(), yearAgo.get());
        return new RollingTwelveMonths(span, value.orElse(null), yearAgo.orElse(null), change, pct, missing);
    }
}
