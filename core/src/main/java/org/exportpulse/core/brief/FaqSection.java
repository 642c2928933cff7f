package org.exportpulse.core.brief;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.exportpulse.core.figures.HeadlineFigures;
import org.exportpulse.core.series.Observation;
import org.exportpulse.core.series.SeriesId;
import org.exportpulse.core.time.FiscalYear;

/** Questions readers ask, each answered from numbers the brief already states or from the data. */
final class FaqSection {

    static final int HORIZON_YEARS = 15;

    private final BriefData data;
    private final HeadlineFigures f;
    private final List<BriefSection> sections;
    private final BriefSpec spec;
    private final List<Observation[]> revisions;

    FaqSection(
            BriefData data,
            HeadlineFigures f,
            List<BriefSection> sections,
            BriefSpec spec,
            List<Observation[]> revisions) {
        this.data = data;
        this.f = f;
        this.sections = sections;
        this.spec = spec;
        this.revisions = revisions;
    }

    BriefSection build() {
        List<List<Part>> qa = new ArrayList<>();
        boolean fell = f.yearAgo().pct() != null && f.yearAgo().pct().signum() < 0;
        drivers().ifPresent(a -> add(qa, fell ? "What drove the fall?" : "What drove growth?", a));
        find("peers.rank")
                .ifPresent(rank -> add(
                        qa,
                        "How does Pakistan compare?",
                        new Prose()
                                .words("It ranks ")
                                .number(rank)
                                .words(" of the economies compared in the World Bank data (see Peers).")
                                .build()));
        topThree().ifPresent(a -> add(qa, "Can IT become a top-three export category?", a));
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
                .max(java.util.Comparator.comparing(BriefNumber::value));
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
     * Whether the series' fiscal-year total would pass the third-largest category if both kept
     * growing at their latest annual rates (a category with one year of data is assumed flat).
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
            CategoryRanking.Entry own = r.entries().get(r.rank() - 1);
            FiscalYear before = new FiscalYear(r.year().endYear() - 1, r.year().firstMonth());
            Optional<Observation> ownBefore = data.value(fyId, before);
            Optional<Observation> thirdBefore = data.value(third.seriesId(), before);
            if (ownBefore.isEmpty()) {
                return List.<Part>of(
                        new Part.Words("The data has no " + before.label() + " total to take a growth rate from."));
            }
            BigDecimal g = BriefData.change(own.value().value(), ownBefore.get().value());
            BigDecimal h = thirdBefore
                    .map(o -> BriefData.change(third.value().value(), o.value()))
                    .orElse(BigDecimal.ZERO);
            String thirdName = Names.shortName(data.series(third.seriesId()).orElseThrow());
            Prose p = new Prose()
                    .words("Third place in " + r.year().label() + " was " + thirdName + " (")
                    .number(BriefData.amount("faq.third.value", third.seriesId(), third.value()))
                    .words("). Assuming IT keeps growing at its " + r.year().label() + " rate of ")
                    .number(BriefData.number(
                            "faq.own.growth",
                            g,
                            BriefNumber.Kind.CHANGE_PCT,
                            BriefData.refs(fyId, own.value(), fyId, ownBefore.get())));
            if (thirdBefore.isPresent()) {
                p.words(" and " + thirdName + " at its rate of ")
                        .number(BriefData.number(
                                "faq.third.growth",
                                h,
                                BriefNumber.Kind.CHANGE_PCT,
                                BriefData.refs(third.seriesId(), third.value(), third.seriesId(), thirdBefore.get())));
            } else {
                p.words(" and " + thirdName + " stays flat (the data has only one year of it)");
            }
            int years = yearsToPass(own.value().value(), g, third.value().value(), h);
            return p.words(
                            years < 0
                                    ? ", IT would not pass it within " + HORIZON_YEARS + " years."
                                    : ", IT would pass it in FY"
                                            + String.format("%02d", (r.year().endYear() + years) % 100)
                                            + ". This is arithmetic on stated assumptions, not a forecast.")
                    .build();
        });
    }

    static int yearsToPass(BigDecimal own, BigDecimal ownPct, BigDecimal other, BigDecimal otherPct) {
        BigDecimal a = own;
        BigDecimal b = other;
        BigDecimal ga = BigDecimal.ONE.add(ownPct.movePointLeft(2));
        BigDecimal gb = BigDecimal.ONE.add(otherPct.movePointLeft(2));
        for (int n = 1; n <= HORIZON_YEARS; n++) {
            a = a.multiply(ga, MathContext.DECIMAL64);
            b = b.multiply(gb, MathContext.DECIMAL64);
            if (a.compareTo(b) > 0) {
                return n;
            }
        }
        return -1;
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
