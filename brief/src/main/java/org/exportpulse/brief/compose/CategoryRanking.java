package org.exportpulse.brief.compose;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.exportpulse.core.series.Observation;
import org.exportpulse.core.time.FiscalYear;

/**
 * A series' fiscal-year total ranked among other export categories' totals, in the latest fiscal
 * year (from a starting one backwards) where the series and at least two categories have values.
 */
final class CategoryRanking {

    /** One ranked entry. */
    record Entry(String seriesId, Observation value) {}

    /** The entries largest first, the fiscal year, and the ranked series' place (1-based). */
    record Result(FiscalYear year, List<Entry> entries, int rank) {}

    private CategoryRanking() {}

    static Optional<Result> rank(BriefData data, String fySeriesId, List<String> categories, FiscalYear from) {
        for (FiscalYear fy = from;
                fy.endYear() > from.endYear() - 15;
                fy = new FiscalYear(fy.endYear() - 1, fy.firstMonth())) {
            Optional<Observation> own = data.value(fySeriesId, fy);
            List<Entry> entries = new ArrayList<>();
            for (String c : categories) {
                data.value(c, fy).ifPresent(o -> entries.add(new Entry(c, o)));
            }
            if (own.isPresent() && entries.size() >= 2) {
                entries.add(new Entry(fySeriesId, own.get()));
                entries.sort(
                        Comparator.comparing((Entry e) -> e.value().value()).reversed());
                int rank = 1 + entries.stream().map(Entry::seriesId).toList().indexOf(fySeriesId);
                return Optional.of(new Result(fy, entries, rank));
            }
        }
        return Optional.empty();
    }
}
