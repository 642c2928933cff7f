package org.exportpulse.brief.compose;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.exportpulse.core.figures.HeadlineFigures;
import org.exportpulse.core.forecast.Forecaster;
import org.exportpulse.core.ranking.ExportRanking;
import org.exportpulse.core.ranking.RankingKernel;
import org.exportpulse.core.ranking.RankingSpec;
import org.exportpulse.core.series.Observation;
import org.exportpulse.core.series.SeriesId;
import org.exportpulse.core.time.FiscalYear;
import org.exportpulse.export.RankingWords;

/** Questions readers ask, each answered from numbers the brief already states or from the data. */
final class FaqSection {

    /** Years of compound growth for the category (as {@code pulse ranking}'s default). */
    static final int WINDOW_YEARS = 3;

    private final BriefData data;
    private final HeadlineFigures f;
    private final List<BriefSection> sections;
    private final BriefSpec spec;
    private final List<Observation[]> revisions;
    private final Forecaster forecaster;
    private final YearMonth latest;

    /**
     * @param forecaster the series' forecasts, for the crossover answer
     * @param latest the series' latest month: only its brief answers with forecasts
     */
    FaqSection(
            BriefData data,
            HeadlineFigures f,
            List<BriefSection> sections,
            BriefSpec spec,
            List<Observation[]> revisions,
            Forecaster forecaster,
            YearMonth latest) {
        this.data = data;
        this.f = f;
        this.sections = sections;
        this.spec = spec;
        this.revisions = revisions;
        this.forecaster = forecaster;
        this.latest = latest;
    }

    BriefSection build() {
        List<List<Part>> qa = new ArrayList<>();
        boolean fell = f.yearAgo().pct() != null && f.yearAgo().pct().signum() < 0;
        drivers().ifPresent(a -> add(qa, fell ? "What drove the fall?" : "What drove growth?", a));
        find("peers.rank")
                .ifPresent(rank -> add(
                        qa,
                        "How does " + spec.wording().economy() + " compare?",
                        new Prose()
                                .words("It ranks ")
                                .number(rank)
                                .words(" of the economies compared in the World Bank data (see Peers).")
                                .build()));
        topThree()
                .ifPresent(a ->
                        add(qa, "Can " + spec.wording().shortSubject() + " become a top-three export category?", a));
        add(qa, "How reliable is the latest figure?", reliability());
        return new BriefSection("faq", "Questions and answers", qa, true);
    }

    private static void add(List<List<Part>> qa, String question, List<Part> answer) {
        List<Part> paragraph = new ArrayList<>();
        paragraph.add(new Part.Words(question + " "));
        paragraph.addAll(answer);
        qa.add(paragraph);
    }

    private Optional<List<Part>> drivers() {
        Optional<BriefNumber> yoy = find("headline.yoy");
        Optional<BriefNumber> top = numbers().stream()
                .filter(n -> n.key().startsWith("composition.") && n.key().endsWith(".points"))
                .max(Comparator.comparing(BriefNumber::value));
        if (yoy.isEmpty() && top.isEmpty()) {
            return Optional.empty();
        }
        Prose p = new Prose();
        yoy.ifPresent(n -> p.words("On a year earlier, exports in " + Words.month(f.period())
                        + (f.yearAgo().pct().signum() < 0 ? " fell by " : " rose by "))
                .number(n)
                .words(". "));
        top.ifPresent(n -> p.words("By component (fiscal-year data only), "
                        + n.key().split("\\.")[1] + " services added the most to growth: ")
                .number(n)
                .words(" (see Composition)."));
        return Optional.of(p.build());
    }

    /**
     * Whether the series would pass the third-largest category, as {@code pulse ranking} answers it
     * ({@link RankingKernel}: the category compounding at its growth over three years at most, the
     * series following its forecasts) — in the brief of the latest month, where the forecasts are.
     */
    private Optional<List<Part>> topThree() {
        String fyId = SeriesId.fiscalYearCompanion(f.series().id());
        FiscalYear from = f.series().calendar().fiscalYearOf(f.period());
        return CategoryRanking.rank(data, fyId, spec.categories(), from).map(r -> {
            if (r.rank() <= 3) {
                return new Prose()
                        .words("It already is one: ")
                        .number(find("rank.categories").orElseThrow())
                        .words(" in " + r.year().label() + ".")
                        .build();
            }
            CategoryRanking.Entry third = r.entries().get(2);
            String thirdName =
                    data.wording().shortName(data.series(third.seriesId()).orElseThrow());
            Prose p = new Prose()
                    .words("Third place in " + r.year().label() + " was " + thirdName + " (")
                    .number(BriefData.amount("faq.third.value", third.seriesId(), third.value()))
                    .words("). ");
            if (!f.period().equals(latest)) {
                return p.words("When " + spec.wording().shortSubject()
                                + " could pass it is answered in the brief for the latest month, " + Words.month(latest)
                                + ", from forecasts made with every month up to then.")
                        .build();
            }
            ExportRanking ranking;
            try {
                ranking = RankingKernel.of(data.source(), forecaster)
                        .compute(new RankingSpec(
                                f.series().id(), spec.categories(), Optional.ofNullable(r.year()), WINDOW_YEARS));
            } catch (IllegalArgumentException e) {
                return p.words("No crossover can be estimated: " + e.getMessage() + ".")
                        .build();
            }
            ExportRanking.Crossover c = ranking.crossovers().stream()
                    .filter(x -> x.seriesId().equals(third.seriesId()))
                    .findFirst()
                    .orElseThrow();
            String answer = switch (c.outcome()) {
                case CROSSES ->
                    "At the pace of its " + forecaster.name() + " forecasts, "
                            + spec.wording().shortSubject() + " " + RankingWords.passes(ranking, c) + ".";
                case NOT_WITHIN ->
                    "At the pace of its " + forecaster.name() + " forecasts, "
                            + spec.wording().shortSubject() + " would not pass it " + RankingWords.notWithin(ranking, c)
                            + ".";
                case NOT_ENOUGH_HISTORY -> "No year can be given: " + RankingWords.noHistory(ranking, c) + ".";
                case ALREADY_ABOVE -> spec.wording().shortSubject() + " is already above it.";
            };
            boolean projected =
                    c.outcome() == ExportRanking.Outcome.CROSSES || c.outcome() == ExportRanking.Outcome.NOT_WITHIN;
            return p.words(answer
                            + (projected
                                    ? " This is arithmetic on stated assumptions (as pulse ranking), not a forecast of "
                                            + thirdName + "."
                                    : ""))
                    .build();
        });
    }

    private List<Part> reliability() {
        Prose p = new Prose()
                .words("The " + Words.month(f.period()) + " value is "
                        + (f.observation() == null
                                ? "not published yet"
                                : f.observation().status().code() + ", release "
                                        + f.observation().vintage())
                        + ". ");
        if (revisions.isEmpty()) {
            return p.words("No value of the last " + DataNotesSection.REVISION_WINDOW_MONTHS
                            + " months was revised after its first release.")
                    .build();
        }
        BigDecimal total = BigDecimal.ZERO;
        List<TraceRef> refs = new ArrayList<>();
        for (Observation[] r : revisions) {
            total = total.add(r[1].value().subtract(r[0].value()).abs());
            refs.add(TraceRef.of(f.series().id(), r[0]));
            refs.add(TraceRef.of(f.series().id(), r[1]));
        }
        BigDecimal mean = total.divide(BigDecimal.valueOf(revisions.size()), MathContext.DECIMAL64);
        return p.number(BriefData.number(
                        "faq.revised.count", BigDecimal.valueOf(revisions.size()), BriefNumber.Kind.COUNT, refs))
                .words(" of the last " + DataNotesSection.REVISION_WINDOW_MONTHS + " months "
                        + (revisions.size() == 1 ? "was" : "were") + " revised after the first release, by ")
                .number(BriefData.number("faq.revised.mean", mean, BriefNumber.Kind.USD_MILLION, refs))
                .words(" on average (see Data notes).")
                .build();
    }

    private List<BriefNumber> numbers() {
        List<BriefNumber> all = new ArrayList<>();
        for (BriefSection s : sections) {
            for (List<Part> paragraph : s.paragraphs()) {
                paragraph.stream()
                        .filter(Part.Number.class::isInstance)
                        .forEach(x -> all.add(((Part.Number) x).number()));
            }
        }
        return all;
    }

    private Optional<BriefNumber> find(String key) {
        return numbers().stream().filter(n -> n.key().equals(key)).findFirst();
    }
}
