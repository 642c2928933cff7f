package org.exportpulse.cli.render;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.exportpulse.core.figures.Comparison;
import org.exportpulse.core.figures.FiscalYearToDate;
import org.exportpulse.core.figures.HeadlineFigures;
import org.exportpulse.core.figures.InputRef;
import org.exportpulse.core.figures.RecordMark;
import org.exportpulse.core.figures.RollingTwelveMonths;
import org.exportpulse.core.figures.ShareFigure;
import org.exportpulse.core.figures.Streak;
import org.exportpulse.core.release.Freshness;
import org.exportpulse.core.series.Observation;
import org.exportpulse.core.series.Unit;
import org.exportpulse.export.Numbers;
import org.exportpulse.export.ReleaseWords;

/** {@link HeadlineFigures} as a labelled table for people, numbers written as the profession does. */
public final class FiguresTable {

    private static final String ROW = "%-20s %s%n";

    private final PrintWriter out;
    private final Unit unit;

    private FiguresTable(PrintWriter out, Unit unit) {
        this.out = out;
        this.unit = unit;
    }

    public static void print(HeadlineFigures f, PrintWriter out) {
        print(f, Optional.empty(), out);
    }

    /**
     * @param freshness how current the series is against its release calendar, when it has one:
     *     printed as the {@code Freshness} line (and {@code Behind} when releases are missing)
     */
    public static void print(HeadlineFigures f, Optional<Freshness> freshness, PrintWriter out) {
        new FiguresTable(out, f.series().unit()).print(f, freshness);
    }

    private void print(HeadlineFigures f, Optional<Freshness> freshness) {
        out.printf(
                "%s — %s (%s)%n%n",
                f.series().title(), Numbers.month(f.period()), f.series().id());
        out.printf(ROW, "Value", value(f.observation()));
        out.printf(ROW, "Month-on-month", comparison(f.previous()));
        out.printf(ROW, "Year-on-year", comparison(f.yearAgo()));
        out.printf(ROW, "FYTD " + f.fytd().fiscalYear().label(), fytd(f.fytd()));
        out.printf(ROW, "Rolling 12 months", rolling(f.r12()));
        out.printf(ROW, "Record", records(f.records()));
        f.streaks().forEach(s -> out.printf(ROW, "Streak", streak(s)));
        f.shares().forEach(s -> out.printf(ROW, "Share", share(s)));
        List<String> derived = f.inputs().stream()
                .filter(i -> i.derivation() != null)
                .map(i -> i.period().code() + " = "
                        + Numbers.amount(i.derivation().value(), unit) + " ("
                        + i.derivation().rule().code() + ")")
                .toList();
        if (!derived.isEmpty()) {
            out.printf(ROW, "Derived months", String.join(", ", derived));
        }
        if (!f.missing().isEmpty()) {
            out.printf(ROW, "Missing", String.join(", ", f.missing()));
        }
        freshness.ifPresent(r -> {
            out.printf(ROW, "Freshness", ReleaseWords.summary(r));
            if (r.behind()) {
                out.printf(ROW, "Behind", ReleaseWords.overdue(r));
            }
        });
        out.println();
        out.println("Sources:");
        List<InputRef> headline =
                f.inputs().stream().filter(i -> isHeadline(i, f)).toList();
        for (InputRef i : headline) {
            out.printf(
                    "  %s %s v%d (%s, public by %s): %s%n",
                    i.seriesId(),
                    i.period().code(),
                    i.vintage(),
                    i.status().code(),
                    i.publicBy() == null ? "unknown" : i.publicBy(),
                    i.sources().isEmpty() ? "no source recorded" : String.join(" ; ", i.sources()));
        }
        int others = f.inputs().size() - headline.size();
        if (others > 0) {
            out.printf("  … and %d more months summed above (--format json lists every input)%n", others);
        }
        out.flush();
    }

    /** The month, the months compared with, and other series' values; not the months inside sums. */
    private static boolean isHeadline(InputRef i, HeadlineFigures f) {
        if (!i.seriesId().equals(f.series().id())) {
            return true;
        }
        String period = i.period().code();
        return period.equals(f.period().toString())
                || period.equals(f.previous().period().toString())
                || period.equals(f.yearAgo().period().toString());
    }

    private String value(Observation o) {
        if (o == null) {
            return "n/a (no value stored for this month)";
        }
        return Numbers.amount(o.value(), unit) + "  (" + o.status().code() + ", vintage " + o.vintage() + ")";
    }

    private String comparison(Comparison c) {
        if (c.pct() == null && c.change() == null) {
            return "n/a — missing " + String.join(", ", c.missing());
        }
        return Numbers.signedPercent(c.pct()) + "  (" + Numbers.signedAmount(c.change(), unit) + " from "
                + Numbers.amount(c.value(), unit) + " in " + Numbers.month(c.period()) + ")";
    }

    private String fytd(FiscalYearToDate f) {
        String span = Numbers.shortMonth(f.span().first()) + "–"
                + Numbers.shortMonth(f.span().last());
        String published = f.published() == null
                ? ""
                : "; published " + Numbers.amount(f.published(), unit)
                        + (f.yearAgoPublished() == null ? "" : " vs " + Numbers.amount(f.yearAgoPublished(), unit));
        if (f.pct() == null) {
            return span + ": n/a — missing " + String.join(", ", f.missing()) + published;
        }
        return span + ": " + Numbers.amount(f.value(), unit) + ", " + Numbers.signedPercent(f.pct()) + " vs "
                + Numbers.amount(f.yearAgoValue(), unit) + published;
    }

    private String rolling(RollingTwelveMonths r) {
        String span = Numbers.shortMonth(r.span().first()) + "–"
                + Numbers.shortMonth(r.span().last());
        if (r.value() == null) {
            return span + ": n/a — missing " + String.join(", ", r.missing());
        }
        String growth = r.pct() == null
                ? " (growth n/a — missing " + String.join(", ", r.missing()) + ")"
                : ", " + Numbers.signedPercent(r.pct()) + " vs " + Numbers.amount(r.yearAgoValue(), unit);
        return span + ": " + Numbers.amount(r.value(), unit) + growth;
    }

    private String records(List<RecordMark> records) {
        if (records.isEmpty()) {
            return "none";
        }
        List<String> parts = new ArrayList<>();
        for (RecordMark r : records) {
            String previous = Numbers.amount(r.previousValue(), unit) + " in " + Numbers.month(r.previousPeriod());
            parts.add(
                    switch (r.kind()) {
                        case ALL_TIME_HIGH ->
                            "all-time high in the stored history since " + Numbers.shortMonth(r.since())
                                    + " (previous high " + previous + ")";
                        case ALL_TIME_LOW ->
                            "all-time low in the stored history since " + Numbers.shortMonth(r.since())
                                    + " (previous low " + previous + ")";
                        case HIGHEST_SINCE ->
                            "highest since " + Numbers.month(r.since()) + ", when it was "
                                    + Numbers.amount(r.previousValue(), unit);
                        case LOWEST_SINCE ->
                            "lowest since " + Numbers.month(r.since()) + ", when it was "
                                    + Numbers.amount(r.previousValue(), unit);
                    });
        }
        return String.join("; ", parts);
    }

    private static String streak(Streak s) {
        String direction = s.kind() == Streak.Kind.YOY_GROWTH ? "year-on-year growth" : "year-on-year decline";
        String run = s.months() == 0
                ? "no " + direction
                : s.months() + " month" + (s.months() == 1 ? "" : "s") + " of " + direction + " since "
                        + Numbers.month(s.since());
        if (s.endedBy() == null) {
            return run + " (all stored history)";
        }
        String why = "missing".equals(s.endedBecause())
                ? "missing " + String.join(", ", s.missing())
                : "no " + (s.kind() == Streak.Kind.YOY_GROWTH ? "growth" : "decline");
        return run + " (before that: " + Numbers.month(s.endedBy()) + ", " + why + ")";
    }

    private static String share(ShareFigure s) {
        BigDecimal pct = s.pct();
        String value = pct == null ? "n/a — missing " + String.join(", ", s.missing()) : Numbers.percent(pct);
        return s.basis() + ": " + value;
    }
}
