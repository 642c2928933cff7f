package org.exportpulse.store.jdbc;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.BiConsumer;
import javax.sql.DataSource;
import org.exportpulse.core.transform.MonthlyColumn;
import org.exportpulse.store.StoreException;

/**
 * Every series' monthly values in one read: the observation rows in primary-key order (series,
 * period, vintage), so that the last row of a period is its current vintage (or, with rows public by
 * a date, its vintage as of that date). Values are gathered in primitive arrays, one series at a
 * time; only the column handed on is an object.
 */
final class MonthlyColumnsReader {

    private static final String SQL = "SELECT series_id, period, period_first, period_last, amount FROM observation";
    private static final String ORDER = " ORDER BY series_id, period, vintage";

    /** Rows a PostgreSQL cursor fetches at a time (H2 reads an embedded result as it goes). */
    private static final int FETCH_ROWS = 10_000;

    private final BiConsumer<String, MonthlyColumn> each;
    private String series;
    private String period;
    private int[] months = new int[256];
    private double[] values = new double[256];
    private int size;

    private MonthlyColumnsReader(BiConsumer<String, MonthlyColumn> each) {
        this.each = each;
    }

    /** Reads the store on {@code dataSource}; {@code asOf} empty for current values. */
    static void read(DataSource dataSource, Optional<LocalDate> asOf, BiConsumer<String, MonthlyColumn> each) {
        MonthlyColumnsReader reader = new MonthlyColumnsReader(each);
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false); // PostgreSQL streams through a cursor only inside a transaction
            boolean h2 = c.isWrapperFor(org.h2.jdbc.JdbcConnection.class);
            lazy(c, h2, true); // H2 would otherwise build the whole result before the first row
            try (PreparedStatement s =
                    c.prepareStatement(SQL + (asOf.isPresent() ? " WHERE public_by <= ?" : "") + ORDER)) {
                s.setFetchSize(FETCH_ROWS);
                if (asOf.isPresent()) {
                    s.setDate(1, Date.valueOf(asOf.get()));
                }
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        reader.row(rs);
                    }
                }
                reader.finishSeries();
            } finally {
                c.rollback();
                lazy(c, h2, false);
                c.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the monthly values: " + e.getMessage(), e);
        }
    }

    /** Turns H2's row-by-row execution of queries on or off for this connection's session. */
    private static void lazy(Connection c, boolean h2, boolean on) throws SQLException {
        if (h2) {
            try (java.sql.Statement s = c.createStatement()) {
                s.execute("SET LAZY_QUERY_EXECUTION " + on);
            }
        }
    }

    private void row(ResultSet rs) throws SQLException {
        String id = rs.getString(1);
        if (!id.equals(series)) {
            finishSeries();
            series = id;
            period = null;
        }
        String code = rs.getString(2);
        LocalDate first = rs.getObject(3, LocalDate.class);
        LocalDate last = rs.getObject(4, LocalDate.class);
        if (first.getYear() != last.getYear() || first.getMonth() != last.getMonth()) {
            return; // a quarter or a year: not a monthly value
        }
        int month = first.getYear() * 12 + first.getMonthValue() - 1;
        double value = rs.getDouble(5);
        if (code.equals(period)) {
            values[size - 1] = value; // a later vintage of the same month
            return;
        }
        period = code;
        if (size == months.length) {
            months = Arrays.copyOf(months, size * 2);
            values = Arrays.copyOf(values, size * 2);
        }
        months[size] = month;
        values[size++] = value;
    }

    private void finishSeries() {
        if (series == null || size == 0) {
            size = 0;
            return;
        }
        int lowest = Integer.MAX_VALUE;
        int highest = Integer.MIN_VALUE;
        for (int i = 0; i < size; i++) {
            lowest = Math.min(lowest, months[i]);
            highest = Math.max(highest, months[i]);
        }
        double[] column = new double[highest - lowest + 1];
        Arrays.fill(column, Double.NaN);
        for (int i = 0; i < size; i++) {
            column[months[i] - lowest] = values[i];
        }
        size = 0;
        each.accept(series, new MonthlyColumn(YearMonth.of(lowest / 12, lowest % 12 + 1), column));
    }
}
