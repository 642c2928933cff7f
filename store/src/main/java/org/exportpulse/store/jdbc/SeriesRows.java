package org.exportpulse.store.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.stream.Collectors;
import org.exportpulse.core.series.Denominator;
import org.exportpulse.core.series.Frequency;
import org.exportpulse.core.series.Series;
import org.exportpulse.core.series.SeriesKind;
import org.exportpulse.core.series.Unit;
import org.exportpulse.core.time.FiscalCalendar;
import org.jdbi.v3.core.statement.StatementContext;

/** Maps series to and from the {@code series} table. */
final class SeriesRows {

    static final String COLUMNS =
            "id, title, unit, frequency, kind, fiscal_year_start, publisher, definition, share_of";

    private SeriesRows() {}

    static Series map(ResultSet rs, StatementContext ctx) throws SQLException {
        return new Series(
                rs.getString("id"),
                rs.getString("title"),
                Unit.parse(rs.getString("unit")),
                Frequency.parse(rs.getString("frequency")),
                SeriesKind.parse(rs.getString("kind")),
                FiscalCalendar.startingIn(rs.getInt("fiscal_year_start")),
                rs.getString("publisher"),
                rs.getString("definition"),
                Denominator.parseList(rs.getString("share_of")));
    }

    static Map<String, Object> bindings(Series s) {
        return Map.of(
                "id", s.id(),
                "title", s.title(),
                "unit", s.unit().toString(),
                "frequency", s.frequency().code(),
                "kind", s.kind().code(),
                "fiscal_year_start", s.calendar().firstMonth().getValue(),
                "publisher", s.publisher(),
                "definition", s.definition(),
                "share_of", s.shareOf().stream().map(Denominator::code).collect(Collectors.joining(";")));
    }
}
