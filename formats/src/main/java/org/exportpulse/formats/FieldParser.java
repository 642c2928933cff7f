package org.exportpulse.formats;

import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.exportpulse.formats.csv.CsvTable;

/** Parses the fields of one row, recording each failure against its line and column. */
public final class FieldParser {

    private final String file;
    private final long line;
    private final UnaryOperator<String> fields;
    private final Problems problems;
    private boolean ok = true;

    /**
     * @param fields the stripped text of a column ("" when absent)
     */
    public FieldParser(String file, long line, UnaryOperator<String> fields, Problems problems) {
        this.file = file;
        this.line = line;
        this.fields = fields;
        this.problems = problems;
    }

    /** A parser for a row of a CSV table. */
    public static FieldParser of(String file, CsvTable.Row row, Problems problems) {
        return new FieldParser(file, row.line(), row::get, problems);
    }

    /**
     * The parsed field, or {@code null} after recording the parser's message (an {@link
     * IllegalArgumentException}'s, which says what was expected).
     */
    public <T> T parse(String column, Function<String, T> parser) {
        try {
            return parser.apply(fields.apply(column));
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            fail(column, e.getMessage());
            return null;
        }
    }

    public void fail(String column, String message) {
        ok = false;
        problems.add(file, line, column, message);
    }

    /** Whether no field failed so far. */
    public boolean ok() {
        return ok;
    }
}
