package org.exportpulse.brief.compose;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.exportpulse.core.engine.Engines;
import org.exportpulse.core.figures.HeadlineFigures;
import org.exportpulse.core.figures.HeadlineFiguresKernel;
import org.exportpulse.core.forecast.Forecaster;
import org.exportpulse.core.release.Freshness;
import org.exportpulse.core.series.Observation;
import org.exportpulse.core.series.ObservationSource;
import org.exportpulse.core.series.Series;
import org.exportpulse.core.series.VintageSource;
import org.exportpulse.core.time.FiscalYear;

/**
 * Writes the monthly {@link Brief} for a {@link BriefSpec}: headline, the fiscal year so far and
 * the pace needed to match last year, trend, composition, weight in exports and ranking, peers,
 * outlook, data notes and questions answered from the data. Sections the data cannot support say
 * in one line what is missing; no sentence states a number that is not traced.
 */
public final class BriefKernel {

    private final ObservationSource source;
    private final VintageSource vintages;
    private final List<Series> allSeries;
    private final Engines engines;
    private final Freshness freshness;

    private BriefKernel(
            ObservationSource source,
            VintageSource vintages,
            List<Series> allSeries,
            Engines engines,
            Freshness freshness) {
        this.freshness = freshness;
        this.engines = Objects.requireNonNull(engines, "engines");
        this.source = Objects.requireNonNull(source, "source");
        this.vintages = Objects.requireNonNull(vintages, "vintages");
        this.allSeries = List.copyOf(allSeries);
    }

    /**
     * @param source current values with derived months (as figures use them)
     * @param vintages every vintage of a period, for the revisions notes
     * @param allSeries every stored series, to rank the economy among all with World Bank data
     * @param engines the forecast fan and the ranking's projections use the default forecasting
     *     method, the outlook its path simulator; the trend section adds a seasonally adjusted
     *     picture when the engines can adjust
     */
    public static BriefKernel of(
            ObservationSource source, VintageSource vintages, List<Series> allSeries, Engines engines) {
        return new BriefKernel(source, vintages, allSeries, engines, null);
    }

    /**
     * The same kernel, whose data notes open with how current the series is against its release
     * calendar (the store's latest month, last update, next release and any releases missing).
     */
    public BriefKernel withFreshness(Freshness judged) {
        return new BriefKernel(source, vintages, allSeries, engines, Objects.requireNonNull(judged, "judged"));
    }

    /**
     * @throws org.exportpulse.core.series.NotFoundException when the series is unknown, has no values
     *     or the month lies outside them
     * @throws IllegalArgumentException when the series is not monthly
     */
    public Brief compute(BriefSpec spec) {
        BriefData data = new BriefData(source, spec.wording());
        HeadlineFiguresKernel figures = HeadlineFiguresKernel.of(source);
        YearMonth latest = figures.latestMonth(spec.seriesId());
        YearMonth month = spec.month() != null ? spec.month() : latest;
        HeadlineFigures f = figures.compute(spec.seriesId(), month);
        Series series = f.series();
        String subject = spec.subject().isBlank() ? series.title() : spec.subject();
        FiscalYear current = series.calendar().fiscalYearOf(month);
        List<BriefSection> sections = new ArrayList<>();
        sections.add(new HeadlineSection(data, f, subject).build());
        sections.add(new FiscalYearSection(data, f).build());
        sections.add(new TrendSection(data, f, engines.adjuster().orElse(null)).build());
        sections.add(new CompositionSection(data, series, spec.components(), current).build());
        sections.add(new WeightSection(data, f, spec.categories(), spec.rankingNote()).build());
        PeersSection peers = new PeersSection(data, spec, allSeries);
        sections.add(peers.build());
        sections.add(
                new OutlookSection(data, f, engines.simulator(), latest, freshness == null ? null : freshness.today())
                        .build());
        DataNotesSection notes = new DataNotesSection(data, vintages, f, spec, Optional.ofNullable(freshness));
        List<Observation[]> revisions = notes.revisions();
        sections.add(notes.build());
        Forecaster forecaster = engines.forecasters().defaultMethod();
        sections.add(new FaqSection(data, f, sections, spec, revisions, forecaster, latest).build());
        String title = series.title() + " — " + Words.month(month);
        return new Brief(
                series, month, title, sections, new ChartData(data, f, peers, spec.self(), forecaster).build());
    }
}
