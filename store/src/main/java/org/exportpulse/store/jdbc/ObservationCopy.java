package org.exportpulse.store.jdbc;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.LocalDate;
import org.exportpulse.core.series.PublicByBasis;
import org.exportpulse.formats.IncomingObservation;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * New observation rows streamed to PostgreSQL with {@code COPY observation … FROM STDIN} (text
 * format) inside the caller's transaction: one statement for many rows, with no per-row round trip
 * or parameter binding. A {@link #flush()} ends the running copy, so its rows become visible to the
 * transaction's own queries; the next row starts another.
 */
final class ObservationCopy implements ObservationSink {

    private static final String SQL = "COPY observation (series_id, period, period_first, period_last, vintage,"
            + " amount, amount_scale, status, public_by, public_by_basis, sources, note, ingest_id)"
            + " FROM STDIN (FORMAT text)";

    /** Characters of encoded rows gathered before they are handed to the driver. */
    private static final int BUFFER_CHARS = 1 << 16;

    private final PGConnection connection;
    private final String ingestId;
    private final String ingestDate;
    private final StringBuilder rows = new StringBuilder(BUFFER_CHARS + 1024);
    private CopyIn copy;

    ObservationCopy(PGConnection connection, long ingestId, LocalDate ingestDate) {
        this.connection = connection;
        this.ingestId = Long.toString(ingestId);
        this.ingestDate = ingestDate == null ? null : ingestDate.toString();
    }

    @Override
    public void add(IncomingObservation o, int vintage) throws SQLException {
        boolean dated = o.publicBy() != null;
        text(o.seriesId()).append('\t');
        text(o.period().code()).append('\t');
        rows.append(o.period().first().atDay(1)).append('\t');
        rows.append(o.period().last().atEndOfMonth()).append('\t');
        rows.append(vintage).append('\t');
        rows.append(o.value().toPlainString()).append('\t');
        rows.append(ObservationRows.scaleOf(o.value())).append('\t');
        text(o.status().code()).append('\t');
        String publicBy = dated ? o.publicBy().toString() : ingestDate;
        rows.append(publicBy == null ? "\\N" : publicBy).append('\t');
        text((dated ? o.publicByBasis() : PublicByBasis.INGESTED).code()).append('\t');
        text(String.join(ObservationRows.SOURCE_SEPARATOR, o.sources())).append('\t');
        text(o.note()).append('\t');
        rows.append(ingestId).append('\n');
        if (rows.length() >= BUFFER_CHARS) {
            send();
        }
    }

    /** Appends {@code value} escaped for COPY's text format (backslash, tab, newline, carriage return). */
    private StringBuilder text(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> rows.append("\\\\");
                case '\t' -> rows.append("\\t");
                case '\n' -> rows.append("\\n");
                case '\r' -> rows.append("\\r");
                default -> rows.append(c);
            }
        }
        return rows;
    }

    private void send() throws SQLException {
        if (rows.length() == 0) {
            return;
        }
        if (copy == null) {
            copy = connection.getCopyAPI().copyIn(SQL);
        }
        byte[] bytes = rows.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        rows.setLength(0);
    }

    @Override
    public void flush() throws SQLException {
        send();
        if (copy != null) {
            CopyIn done = copy;
            copy = null;
            done.endCopy();
        }
    }

    @Override
    public void close() throws SQLException {
        if (copy != null && copy.isActive()) {
            copy.cancelCopy();
        }
        copy = null;
    }
}
