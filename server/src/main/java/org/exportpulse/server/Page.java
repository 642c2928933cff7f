package org.exportpulse.server;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import org.exportpulse.core.series.Series;
import org.exportpulse.core.time.Period;

/**
 * The rows of one answer after {@code sort_order}, {@code offset} and {@code limit}, with the count
 * of all rows before paging (FRED's {@code count}).
 *
 * @param limit the limit asked for, or {@code null}
 */
record Page<T>(List<T> rows, int count, int offset, Integer limit) {

    /** {@code all} (in ascending order) sorted and cut as {@code q} asks. */
    static <T> Page<T> of(List<T> all, ValuesQuery q) {
        List<T> ordered = new ArrayList<>(all);
        if (q.descending()) {
            Collections.reverse(ordered);
        }
        int from = Math.min(q.offset(), ordered.size());
        int to = q.limit() == null ? ordered.size() : (int) Math.min((long) from + q.limit(), ordered.size());
        return new Page<>(List.copyOf(ordered.subList(from, to)), all.size(), q.offset(), q.limit());
    }

    /** The rows of {@code all} whose period lies within {@code q}'s {@code from}…{@code to}. */
    static <T> List<T> within(List<T> all, Series series, ValuesQuery q, Function<T, Period> period) {
        Period from = q.from() == null ? null : Period.parse(q.from(), series.calendar());
        Period to = q.to() == null ? null : Period.parse(q.to(), series.calendar());
        if (from == null && to == null) {
            return all;
        }
        return all.stream()
                .filter(row -> {
                    Period p = period.apply(row);
                    return (from == null || !p.first().isBefore(from.first()))
                            && (to == null || !p.last().isAfter(to.last()));
                })
                .toList();
    }
}
