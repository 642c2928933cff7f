package org.exportpulse.formats.tidy;

import java.util.function.Function;
import org.exportpulse.formats.Problems;
import org.exportpulse.formats.csv.CsvTable;

/** Parses the fields of one row, recording each failure against its line and column. */
final class FieldParser {

    private final String file;
    private final CsvTable.Row row;
    private final Problems problems;
    private boolean ok = true;

    FieldParser(String file, CsvTable.Row row, Problems problems) {
        this.file = file;
        this.row = row;
        this.problems = problems;
    }

    /**
     * The parsed field, or {@code null} after recording the parser's message (an {@link
     * IllegalArgumentException}'s, which says what was expected).
     */
    <T> T parse(String column, Function<String, T> parser) {
        try {
            return parser.apply(row.get(column));
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            fail(column, e.getMessage());
            return null;
        }
    }

    void fail(String column, String message) {
        ok = false;
        problems.add(file, row.line(), column, message);
    }

    /** Whether no field failed so far. */
    boolean ok() {
        return ok;
    }
}
