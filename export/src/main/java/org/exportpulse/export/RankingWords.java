package org.exportpulse.export;

import java.util.List;
import java.util.Locale;
import org.exportpulse.core.ranking.ExportRanking;
import org.exportpulse.core.time.FiscalYear;

/** The ranking's crossovers and assumptions in words, as the command line, the API and the brief write them. */
public final class RankingWords {

    private RankingWords() {}

    /** What happens between the subject and one category, with its assumption. */
    public static String explanation(ExportRanking r, ExportRanking.Crossover c) {
        return switch (c.outcome()) {
            case ALREADY_ABOVE -> "already above in " + r.fiscalYear().label();
            case NOT_ENOUGH_HISTORY -> "not enough history: " + noHistory(r, c);
            case CROSSES -> passes(r, c);
            case NOT_WITHIN -> "not " + notWithin(r, c);
        };
    }

    /** {@code passes it in FY28 if textiles grows +2.0% a year (its compound growth FY22 to FY25)}. */
    public static String passes(ExportRanking r, ExportRanking.Crossover c) {
        ExportRanking.Row row = r.row(c.seriesId());
        return String.format(
                Locale.ROOT,
                "passes it in %s if %s grows %+.1f%% a year (its compound growth %s to %s)",
                c.year().label(),
                c.name(),
                row.compoundGrowth(),
                row.growthFrom().label(),
                r.fiscalYear().label());
    }

    /** {@code within 10 years (to FY35) if textiles grows +2.0% a year (FY22 to FY25)}. */
    public static String notWithin(ExportRanking r, ExportRanking.Crossover c) {
        ExportRanking.Row row = r.row(c.seriesId());
        FiscalYear lastYear = r.lastPathYear().fiscalYear();
        return String.format(
                Locale.ROOT,
                "within %d years (to %s) if %s grows %+.1f%% a year (%s to %s)",
                lastYear.endYear() - r.fiscalYear().endYear(),
                lastYear.label(),
                c.name(),
                row.compoundGrowth(),
                row.growthFrom().label(),
                r.fiscalYear().label());
    }

    /** {@code Pakistan other manufactures exports (PBS) has no total before FY25, so its growth cannot be estimated}. */
    public static String noHistory(ExportRanking r, ExportRanking.Crossover c) {
        return c.name() + " has no total before " + r.fiscalYear().label() + ", so its growth cannot be estimated";
    }

    /** The assumptions, one sentence fragment each. */
    public static List<String> assumptions(ExportRanking r) {
        ExportRanking.Assumptions a = r.assumptions();
        String fy = r.fiscalYear().label();
        String path = a.forecastMethod() == null
                ? "no forecasts"
                : "the " + a.forecastMethod() + " forecast of its monthly series (" + a.forecastModel() + ")";
        return List.of(
                "each category grows every year at its compound growth over the window shown (up to " + a.windowYears()
                        + (a.windowYears() == 1 ? " year" : " years") + " before " + fy + ")",
                a.subjectTitle() + " follows " + path + ", summed into fiscal years (actual months where reported)",
                "crossovers are looked for up to " + a.maxYears() + " fiscal years after " + fy
                        + " or as far as the forecasts reach");
    }
}
