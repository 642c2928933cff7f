package org.exportpulse.core.series;

import java.util.List;
import java.util.Objects;
import org.exportpulse.core.time.FiscalCalendar;

/**
 * What a series is: its id, title, unit, frequency, how it aggregates, its fiscal calendar, who
 * publishes it, what it measures, and which series a share of it may be taken against.
 *
 * @param shareOf denominators in order of preference; empty when shares make no sense
 */
public record Series(
        String id,
        String title,
        Unit unit,
        Frequency frequency,
        SeriesKind kind,
        FiscalCalendar calendar,
        String publisher,
        String definition,
        List<Denominator> shareOf) {

    /**
     * @throws IllegalArgumentException when the id is not a valid series id or the title is blank
     */
    public Series {
        SeriesId.requireValid(id);
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("series " + id + " needs a title");
        }
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(frequency, "frequency");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(calendar, "calendar");
        publisher = publisher == null ? "" : publisher;
        definition = definition == null ? "" : definition;
        shareOf = List.copyOf(shareOf);
    }
}
