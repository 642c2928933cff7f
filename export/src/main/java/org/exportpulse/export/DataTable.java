package org.exportpulse.export;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A rectangular answer (named columns, rows of cells) that can be written as CSV, XLSX or JSON by
 * {@link TableFiles}. A cell is text, a {@link BigDecimal}, an {@link Integer}, a {@link Double} (not
 * finite: an empty spreadsheet cell), a {@link Boolean} or {@code null}
 * (missing: an empty CSV field, an empty spreadsheet cell, JSON {@code null}).
 */
public record DataTable(List<String> columns, List<List<Object>> rows) {

    public DataTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        for (List<Object> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException(
                        "a row of " + row.size() + " cells in a table of " + columns.size() + " columns");
            }
            for (Object cell : row) {
                if (cell != null
                        && !(cell instanceof String
                                || cell instanceof BigDecimal
                                || cell instanceof Integer
                                || cell instanceof Double
                                || cell instanceof Boolean)) {
                    throw new IllegalArgumentException("a cell of type "
                            + cell.getClass().getSimpleName()
                            + " (expected text, BigDecimal, Integer, Double, Boolean or null)");
                }
            }
        }
    }

    /**
     * The rows of {@code parts} under one header, in order.
     *
     * @throws IllegalArgumentException when the parts' columns differ
     */
    public static DataTable concat(List<DataTable> parts) {
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("no tables to join (expected at least one)");
        }
        List<List<Object>> rows = new ArrayList<>();
        for (DataTable part : parts) {
            if (!part.columns().equals(parts.get(0).columns())) {
                throw new IllegalArgumentException("tables with different columns: " + part.columns() + " and "
                        + parts.get(0).columns());
            }
            rows.addAll(part.rows());
        }
        return new DataTable(parts.get(0).columns(), rows);
    }

    /** A table to fill row by row. */
    public static Builder with(String... columns) {
        return new Builder(List.of(columns));
    }

    /** Collects rows for a {@link DataTable}. */
    public static final class Builder {
        private final List<String> columns;
        private final List<List<Object>> rows = new ArrayList<>();

        private Builder(List<String> columns) {
            this.columns = columns;
        }

        public Builder row(Object... cells) {
            rows.add(Arrays.asList(cells));
            return this;
        }

        public DataTable build() {
            return new DataTable(columns, rows);
        }
    }
}
