package org.exportpulse.store.jdbc;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import org.exportpulse.core.series.Observation;
import org.exportpulse.core.series.ObservationStatus;
import org.exportpulse.core.series.PublicByBasis;
import org.exportpulse.core.series.Series;
import org.exportpulse.core.time.Period;

/** Maps observations to and from the {@code observation} table. */
final class ObservationRows {

    static final String COLUMNS =
            "period, vintage, amount, amount_scale, status, public_by, public_by_basis, sources, note";

    /** Separates sources in the {@code sources} column. */
    static final String SOURCE_SEPARATOR = "\n";

    private ObservationRows() {}

    static Observation map(ResultSet rs, Series series) throws SQLException {
        Date publicBy = rs.getDate("public_by");
        String sources = rs.getString("sources");
        return new Observation(
                Period.parse(rs.getString("period"), series.calendar()),
                rs.getBigDecimal("amount").setScale(rs.getInt("amount_scale"), java.math.RoundingMode.UNNECESSARY),
                ObservationStatus.parse(rs.getString("status")),
                rs.getInt("vintage"),
                publicBy == null ? null : publicBy.toLocalDate(),
                PublicByBasis.parse(rs.getString("public_by_basis")),
                sources.isEmpty() ? List.of() : Arrays.asList(sources.split(SOURCE_SEPARATOR)),
                rs.getString("note"));
    }

    /** Decimals to keep for {@code value}: its scale, never negative. */
    static int scaleOf(BigDecimal value) {
        return Math.max(0, value.scale());
    }
}
