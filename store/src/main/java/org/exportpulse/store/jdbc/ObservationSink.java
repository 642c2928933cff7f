package org.exportpulse.store.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import org.exportpulse.formats.IncomingObservation;
import org.postgresql.PGConnection;

/**
 * Where an ingest sends its new observation rows, inside the caller's transaction: rows may wait in
 * memory until {@link #flush()}, which makes them visible to the transaction's own reads.
 */
interface ObservationSink extends AutoCloseable {

    /** Adds {@code o} as vintage {@code vintage}; without a public-by date it gets the ingest date, basis ingested. */
    void add(IncomingObservation o, int vintage) throws SQLException;

    /** Sends the rows still waiting. */
    void flush() throws SQLException;

    @Override
    void close() throws SQLException;

    /**
     * The fastest sink the database offers: PostgreSQL's {@code COPY … FROM STDIN} through the
     * driver's copy API, JDBC batches of inserts elsewhere (H2).
     */
    static ObservationSink on(Connection connection, long ingestId, LocalDate ingestDate) throws SQLException {
        if (connection.isWrapperFor(PGConnection.class)) {
            return new ObservationCopy(connection.unwrap(PGConnection.class), ingestId, ingestDate);
        }
        return new ObservationInserts(connection, ingestId, ingestDate);
    }
}
