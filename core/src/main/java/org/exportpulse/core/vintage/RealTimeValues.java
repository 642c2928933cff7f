package org.exportpulse.core.vintage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.exportpulse.core.series.Observation;

/**
 * The real-time view of a series' vintages. The value known on a day is, as in the store's as-of
 * queries, the highest vintage of its period whose public-by date is on or before that day; a
 * vintage without a public-by date was never known on any particular day and takes no part.
 */
public final class RealTimeValues {

    /**
     * One vintage and the days on which it was the known value of its period.
     *
     * @param from first day (inclusive)
     * @param to last day (inclusive), {@code null} while it is still the known value
     */
    public record Spell(Observation observation, LocalDate from, LocalDate to) {}

    private RealTimeValues() {}

    /**
     * The spells of every period's vintages that overlap {@code start}…{@code end} (both inclusive),
     * clipped to it, by period (in the order first met) and then by time.
     *
     * @param vintages every vintage of one series, any order
     */
    public static List<Spell> spells(List<Observation> vintages, LocalDate start, LocalDate end) {
        List<Spell> out = new ArrayList<>();
        for (List<Observation> period : byPeriod(vintages).values()) {
            out.addAll(spellsOfPeriod(period, start, end));
        }
        return out;
    }

    /** The distinct public-by dates of {@code vintages}, oldest first: the series' release dates. */
    public static List<LocalDate> releaseDates(List<Observation> vintages) {
        TreeSet<LocalDate> dates = new TreeSet<>();
        for (Observation o : vintages) {
            if (o.publicBy() != null) {
                dates.add(o.publicBy());
            }
        }
        return List.copyOf(dates);
    }

    /** The vintage known on {@code day} among the vintages of one period; empty before the first. */
    public static Optional<Observation> knownOn(List<Observation> vintagesOfPeriod, LocalDate day) {
        Observation best = null;
        for (Observation o : vintagesOfPeriod) {
            if (o.publicBy() != null && !o.publicBy().isAfter(day) && (best == null || o.vintage() > best.vintage())) {
                best = o;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Each period's first release (its lowest vintage), in the order periods are first met. */
    public static List<Observation> initialReleases(List<Observation> vintages) {
        List<Observation> out = new ArrayList<>();
        for (List<Observation> period : byPeriod(vintages).values()) {
            Observation first = period.get(0);
            for (Observation o : period) {
                if (o.vintage() < first.vintage()) {
                    first = o;
                }
            }
            out.add(first);
        }
        return out;
    }

    /** {@code vintages} grouped by period code, periods in the order first met. */
    public static Map<String, List<Observation>> byPeriod(List<Observation> vintages) {
        Map<String, List<Observation>> byPeriod = new LinkedHashMap<>();
        for (Observation o : vintages) {
            byPeriod.computeIfAbsent(o.period().code(), k -> new ArrayList<>()).add(o);
        }
        return byPeriod;
    }

    private static List<Spell> spellsOfPeriod(List<Observation> period, LocalDate start, LocalDate end) {
        List<LocalDate> changes = new ArrayList<>(releaseDates(period));
        List<Spell> out = new ArrayList<>();
        for (int i = 0; i < changes.size(); i++) {
            LocalDate from = changes.get(i);
            LocalDate to = i + 1 < changes.size() ? changes.get(i + 1).minusDays(1) : null;
            Observation known = knownOn(period, from).orElseThrow();
            Spell last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && last.observation() == known) {
                out.set(out.size() - 1, new Spell(known, last.from(), to));
            } else {
                out.add(new Spell(known, from, to));
            }
        }
        List<Spell> clipped = new ArrayList<>();
        for (Spell s : out) {
            boolean overlaps = !s.from().isAfter(end) && (s.to() == null || !s.to().isBefore(start));
            if (overlaps) {
                LocalDate from = s.from().isBefore(start) ? start : s.from();
                LocalDate to = s.to() == null || s.to().isAfter(end) ? end : s.to();
                clipped.add(new Spell(s.observation(), from, to));
            }
        }
        return clipped;
    }
}
