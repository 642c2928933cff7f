package org.exportpulse.brief.compose;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.exportpulse.core.figures.HeadlineFigures;
import org.exportpulse.core.forecast.Forecaster;
import org.exportpulse.core.forecast.SeriesForecast;
import org.exportpulse.core.series.Denominator;
import org.exportpulse.core.series.MonthRuns;
import org.exportpulse.core.series.NotFoundException;
import org.exportpulse.core.series.Observation;
import org.exportpulse.core.series.Series;
import org.exportpulse.core.series.SeriesId;
import org.exportpulse.core.time.CalendarMonth;
import org.exportpulse.core.time.CalendarYear;
import org.exportpulse.core.time.FiscalYear;
import org.exportpulse.core.time.MonthSpan;

/** The values behind the brief's charts, read from the same source as its sentences. */
final class ChartData {

    static final int MONTHS_SHOWN = 25;

    private final BriefData data;
    private final HeadlineFigures f;
    private final PeersSection peers;
    private final String self;
    private final Forecaster forecaster;

    /** @param forecaster the method of the forecast fan */
    ChartData(BriefData data, HeadlineFigures f, PeersSection peers, String self, Forecaster forecaster) {
        this.data = data;
        this.f = f;
        this.peers = peers;
        this.self = self;
        this.forecaster = forecaster;
    }

    BriefCharts build() {
        List<BriefCharts.SharePoint> shares = new ArrayList<>();
        String basis = shares(shares);
        List<BriefCharts.PeerBar> peerBars = new ArrayList<>();
        String year = peers.comparison()
                .map(c -> {
                    c.rows()
                            .forEach(r -> peerBars.add(new BriefCharts.PeerBar(
                                    r.code(),
                                    r.name(),
                                    data.value(r.seriesId(), CalendarYear.of(c.year()))
                                            .orElseThrow()
                                            .value(),
                                    r.code().equals(self))));
                    return String.valueOf(c.year());
                })
                .orElse("");
        List<BriefCharts.FanPoint> fan = fan();
        return new BriefCharts(
                months(), fiscalYears(), shares, basis, peerBars, year, fan, fan.isEmpty() ? "" : forecaster.name());
    }

    /** Twelve months of forecasts after the brief's month, when it is the series' last; else none. */
    private List<BriefCharts.FanPoint> fan() {
        List<BriefCharts.FanPoint> points = new ArrayList<>();
        try {
            var run = MonthRuns.longestOf(data.source(), f.series().id(), "a forecast", SeriesForecast.MINIMUM_MONTHS);
            if (!run.last().equals(f.period())) {
                return points; // not the latest month: no forecast to fit
            }
            var s = SeriesForecast.of(data.source(), f.series().id(), forecaster, 12, List.of(80, 95));
            var fc = s.forecast();
            for (int h = 0; h < fc.mean().length; h++) {
                points.add(new BriefCharts.FanPoint(
                        s.period(h),
                        fc.mean(h),
                        fc.intervals().get(0).lower(h),
                        fc.intervals().get(0).upper(h),
                        fc.intervals().get(1).lower(h),
                        fc.intervals().get(1).upper(h)));
            }
        } catch (IllegalArgumentException | NotFoundException e) {
            points.clear();
        }
        return points;
    }

    private List<BriefCharts.MonthBar> months() {
        List<BriefCharts.MonthBar> bars = new ArrayList<>();
        String id = f.series().id();
        for (int back = MONTHS_SHOWN - 1; back >= 0; back--) {
            YearMonth m = f.period().minusMonths(back);
            Optional<Observation> now = data.value(id, CalendarMonth.of(m));
            Optional<Observation> then = data.value(id, CalendarMonth.of(m.minusYears(1)));
            if (now.isEmpty()) {
                continue;
            }
            BigDecimal yoy = then.map(t -> BriefData.change(now.get().value(), t.value()))
                    .orElse(null);
            bars.add(new BriefCharts.MonthBar(
                    m, now.get().value(), yoy, now.get().isDerived()));
        }
        return bars;
    }

    /** The fiscal year to date's span in every fiscal year whose months are all stored. */
    private List<BriefCharts.FiscalYearBar> fiscalYears() {
        List<BriefCharts.FiscalYearBar> bars = new ArrayList<>();
        MonthSpan span = f.fytd().span();
        for (int back = 10; back >= 0; back--) {
            MonthSpan s = span.shift(-12 * back);
            List<TraceRef> refs = data.monthRefs(f.series().id(), s);
            if (refs.size() == s.monthCount()) {
                BigDecimal total =
                        refs.stream().map(r -> new BigDecimal(r.value())).reduce(BigDecimal.ZERO, BigDecimal::add);
                bars.add(new BriefCharts.FiscalYearBar(
                        f.series().calendar().fiscalYearOf(s.first()).label(), total));
            }
        }
        return bars;
    }

    /** Fiscal-year shares against every listed denominator with values, one line each; returns what the lines are. */
    private String shares(List<BriefCharts.SharePoint> points) {
        String fyId = SeriesId.fiscalYearCompanion(f.series().id());
        Optional<Series> fySeries = data.series(fyId);
        if (fySeries.isEmpty()) {
            return "";
        }
        for (Denominator d : fySeries.get().shareOf()) {
            String line =
                    (d.seriesIds().stream().anyMatch(id -> id.contains("goods")) ? "goods and services" : "services")
                            + ", " + data.wording().basis(d);
            for (Observation own : data.all(fyId)) {
                total(d, own)
                        .ifPresent(t -> points.add(new BriefCharts.SharePoint(
                                line, ((FiscalYear) own.period()).label(), BriefData.share(own.value(), t))));
            }
        }
        return points.isEmpty() ? "" : "one line per denominator with values";
    }

    private Optional<BigDecimal> total(Denominator d, Observation own) {
        BigDecimal total = BigDecimal.ZERO;
        for (String part : d.seriesIds()) {
            Optional<Observation> o = data.value(part, own.period());
            if (o.isEmpty()) {
                return Optional.empty();
            }
            total = total.add(o.get().value());
        }
        return Optional.of(total);
    }
}
