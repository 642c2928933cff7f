package org.exportpulse.store.jdbc;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import org.exportpulse.core.series.PublicByBasis;
import org.exportpulse.formats.IncomingObservation;

/**
 * New observation rows, sent to the database in JDBC batches of {@link #BATCH_SIZE} inside the
 * caller's transaction.
 */
final class ObservationInserts implements ObservationSink {

    /** Rows per JDBC batch. */
    static final int BATCH_SIZE = 10_000;

    private static final String SQL = "INSERT INTO observation (series_id, period, period_first, period_last, vintage,"
            + " amount, amount_scale, status, public_by, public_by_basis, sources, note, ingest_id)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final PreparedStatement statement;
    private final long ingestId;
    private final LocalDate ingestDate;
    private int pending;

    ObservationInserts(Connection connection, long ingestId, LocalDate ingestDate) throws SQLException {
        this.statement = connection.prepareStatement(SQL);
        this.ingestId = ingestId;
        this.ingestDate = ingestDate;
    }

    @Override
    public void add(IncomingObservation o, int vintage) throws SQLException {
        boolean dated = o.publicBy() != null;
        statement.setString(1, o.seriesId());
        statement.setString(2, o.period().code());
        statement.setDate(3, Date.valueOf(o.period().first().atDay(1)));
        statement.setDate(4, Date.valueOf(o.period().last().atEndOfMonth()));
        statement.setInt(5, vintage);
        statement.setBigDecimal(6, o.value());
        statement.setInt(7, ObservationRows.scaleOf(o.value()));
        statement.setString(8, o.status().code());
        if (dated || ingestDate != null) {
            statement.setDate(9, Date.valueOf(dated ? o.publicBy() : ingestDate));
        } else {
            statement.setNull(9, Types.DATE);
        }
        statement.setString(10, (dated ? o.publicByBasis() : PublicByBasis.INGESTED).code());
        statement.setString(11, String.join(ObservationRows.SOURCE_SEPARATOR, o.sources()));
        statement.setString(12, o.note());
        statement.setLong(13, ingestId);
        statement.addBatch();
        if (++pending == BATCH_SIZE) {
            flush();
        }
    }

    @Override
    public void flush() throws SQLException {
        if (pending > 0) {
            statement.executeBatch();
            pending = 0;
        }
    }

    @Override
    public void close() throws SQLException {
        statement.close();
    }
}
