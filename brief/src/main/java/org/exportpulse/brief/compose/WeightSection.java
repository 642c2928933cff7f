package org.exportpulse.brief.compose;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.exportpulse.core.figures.HeadlineFigures;
import org.exportpulse.core.figures.ShareFigure;
import org.exportpulse.core.series.Denominator;
import org.exportpulse.core.series.Observation;
import org.exportpulse.core.series.Series;
import org.exportpulse.core.series.SeriesId;
import org.exportpulse.core.series.TotalKind;
import org.exportpulse.core.time.CalendarMonth;
import org.exportpulse.core.time.FiscalYear;

/**
 * The series' share of exports against each listed denominator, naming it and its basis (the month;
 * else the latest fiscal year that has a denominator), and its rank among the export categories.
 */
final class WeightSection {

    private final BriefData data;
    private final HeadlineFigures f;
    private final List<String> categories;
    private final String rankingNote;

    WeightSection(BriefData data, HeadlineFigures f, List<String> categories, String rankingNote) {
        this.data = data;
        this.f = f;
        this.categories = categories;
        this.rankingNote = rankingNote;
    }

    BriefSection build() {
        List<List<Part>> paragraphs = new ArrayList<>();
        if (!f.shares().isEmpty()) {
            paragraphs.add(monthShares());
        }
        FiscalYear lastFy = f.series().calendar().fiscalYearOf(f.period());
        if (!f.series().calendar().fiscalYearOf(f.period()).last().equals(f.period())) {
            lastFy = new FiscalYear(lastFy.endYear() - 1, lastFy.firstMonth());
        }
        yearShare(lastFy).ifPresent(paragraphs::add);
        ranking(lastFy).ifPresent(paragraphs::add);
        if (paragraphs.isEmpty()) {
            return BriefSection.unavailable(
                    "weight",
                    "Weight in exports",
                    "No denominator is listed for " + f.series().title()
                            + " and no export categories are set, so its weight cannot be shown.");
        }
        return new BriefSection("weight", "Weight in exports", paragraphs, true);
    }

    private List<Part> monthShares() {
        String id = f.series().id();
        Prose p = new Prose();
        List<String> lacking = new ArrayList<>();
        for (ShareFigure s : f.shares()) {
            if (s.pct() == null) {
                String label = totalWords(List.of(s.basis()), s.basis()) + " ("
                        + data.wording().basis(Denominator.parse(s.denominator())) + ")";
                if (!lacking.contains(label)) {
                    lacking.add(label);
                }
                continue;
            }
            List<TraceRef> refs = new ArrayList<>(List.of(TraceRef.of(id, f.observation())));
            for (String part : s.denominator().split("\\+")) {
                data.value(part, CalendarMonth.of(f.period())).ifPresent(o -> refs.add(TraceRef.of(part, o)));
            }
            p.words((p.isEmpty() ? "In " + Words.month(f.period()) + ", exports were " : "; "))
                    .number(BriefData.number(
                            "share.month." + s.denominator(), s.pct(), BriefNumber.Kind.SHARE_PCT, refs))
                    .words(" of " + s.basis() + " (" + data.wording().basis(Denominator.parse(s.denominator())) + ")");
        }
        if (!p.isEmpty()) {
            p.words(".");
        }
        if (!lacking.isEmpty()) {
            p.words((p.isEmpty() ? "" : " ") + "No share of " + String.join("; ", lacking) + " for "
                    + Words.month(f.period()) + ": " + (lacking.size() == 1 ? "that total has" : "those totals have")
                    + " no value for the month yet.");
        }
        return p.build();
    }

    /** The share in the latest fiscal year (from {@code from} back) with a listed denominator. */
    private Optional<List<Part>> yearShare(FiscalYear from) {
        String fyId = SeriesId.fiscalYearCompanion(f.series().id());
        Optional<Series> fySeries = data.series(fyId);
        if (fySeries.isEmpty()) {
            return Optional.empty();
        }
        for (FiscalYear fy = from;
                fy.endYear() > from.endYear() - 10;
                fy = new FiscalYear(fy.endYear() - 1, fy.firstMonth())) {
            Optional<Observation> own = data.value(fyId, fy);
            for (Denominator d : fySeries.get().shareOf()) {
                Optional<List<Part>> share = own.flatMap(o -> yearShare(fyId, o, d));
                if (share.isPresent()) {
                    return share;
                }
            }
        }
        return Optional.empty();
    }

    private Optional<List<Part>> yearShare(String fyId, Observation own, Denominator d) {
        BigDecimal total = BigDecimal.ZERO;
        List<TraceRef> refs = new ArrayList<>(List.of(TraceRef.of(fyId, own)));
        List<String> titles = new ArrayList<>();
        for (String part : d.seriesIds()) {
            Optional<Observation> o = data.value(part, own.period());
            if (o.isEmpty()) {
                return Optional.empty();
            }
            total = total.add(o.get().value());
            refs.add(TraceRef.of(part, o.get()));
            titles.add(data.series(part).map(data.wording()::title).orElse(part));
        }
        String fyLabel = ((FiscalYear) own.period()).label();
        return Optional.of(new Prose()
                .words("In " + fyLabel + ", the latest fiscal year with a total to compare, exports were ")
                .number(BriefData.number(
                        "share.year." + d.code(),
                        BriefData.share(own.value(), total),
                        BriefNumber.Kind.SHARE_PCT,
                        refs))
                .words(" of " + totalWords(titles, String.join(" + ", titles)) + " ("
                        + data.wording().basis(d) + ").")
                .build());
    }

    /** {@code total exports of goods and services}, {@code services exports}, …, from the totals' titles; else {@code otherwise}. */
    private static String totalWords(List<String> titles, String otherwise) {
        return switch (TotalKind.of(titles)) {
            case GOODS_AND_SERVICES -> "total exports of goods and services";
            case SERVICES -> "services exports";
            case GOODS -> "goods exports";
            case OTHER -> otherwise;
        };
    }

    private Optional<List<Part>> ranking(FiscalYear from) {
        String fyId = SeriesId.fiscalYearCompanion(f.series().id());
        return CategoryRanking.rank(data, fyId, categories, from).map(r -> {
            List<TraceRef> all = r.entries().stream()
                    .map(e -> TraceRef.of(e.seriesId(), e.value()))
                    .toList();
            Prose p = new Prose()
                    .words("Among the export categories in the data, it ranked ")
                    .number(BriefData.number(
                            "rank.categories", BigDecimal.valueOf(r.rank()), BriefNumber.Kind.RANK, all))
                    .words(" of " + r.entries().size() + " in " + r.year().label() + ": ");
            for (int i = 0; i < r.entries().size(); i++) {
                CategoryRanking.Entry e = r.entries().get(i);
                String name = data.wording().shortName(data.series(e.seriesId()).orElseThrow());
                p.words((i == 0 ? "" : ", ") + name + " ")
                        .number(BriefData.amount("rank." + e.seriesId(), e.seriesId(), e.value()));
            }
            return p.words(rankingNote.isEmpty() ? "." : " (" + rankingNote + ").")
                    .build();
        });
    }
}
