package org.exportpulse.store.memory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.exportpulse.core.series.Observation;
import org.exportpulse.core.vintage.RealTimeValues;

/**
 * Every vintage of one series, grouped by period in the store's order (first day, then last day of
 * the period), with the current value of each period worked out once.
 */
final class SeriesVintages {

    private final List<Observation> all;
    private final Map<String, List<Observation>> byPeriod;
    private final List<Observation> current;

    /** @param vintages every vintage of one series, ordered by period and then vintage, as the store lists them */
    SeriesVintages(List<Observation> vintages) {
        this.all = List.copyOf(vintages);
        this.byPeriod = RealTimeValues.byPeriod(all);
        List<Observation> latest = new ArrayList<>(byPeriod.size());
        for (List<Observation> period : byPeriod.values()) {
            latest.add(highestVintage(period));
        }
        this.current = List.copyOf(latest);
    }

    /** The highest vintage of each period, in period order. */
    List<Observation> current() {
        return current;
    }

    /**
     * Each period's highest vintage public by {@code date} (inclusive); periods with none drop out,
     * as do vintages without a public-by date.
     */
    List<Observation> asOf(LocalDate date) {
        List<Observation> known = new ArrayList<>(byPeriod.size());
        for (List<Observation> period : byPeriod.values()) {
            RealTimeValues.knownOn(period, date).ifPresent(known::add);
        }
        return known;
    }

    /** Every vintage, by period in the store's order and then oldest first, as the store lists them. */
    List<Observation> all() {
        return all;
    }

    /** Every vintage of the period coded {@code code}, oldest first; empty when there is none. */
    List<Observation> vintages(String code) {
        List<Observation> period = byPeriod.get(code);
        return period == null ? List.of() : java.util.Collections.unmodifiableList(period);
    }

    /** How many vintages this holds: what it costs to keep. */
    int size() {
        return all.size();
    }

    private static Observation highestVintage(List<Observation> period) {
        Observation best = period.get(0);
        for (Observation o : period) {
            if (o.vintage() > best.vintage()) {
                best = o;
            }
        }
        return best;
    }
}
