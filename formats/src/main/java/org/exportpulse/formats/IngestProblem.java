package org.exportpulse.formats;

/**
 * One thing wrong with an input file, located to the line and field.
 *
 * @param line 1-based line number; 0 when the problem concerns the whole file
 * @param field the column concerned, or empty
 */
public record IngestProblem(String file, long line, String field, String message) {

    /** {@code FILE:LINE: field: message}, or {@code FILE: message} for whole-file problems. */
    @Override
    public String toString() {
        String where = line > 0 ? file + ":" + line : file;
        return field.isEmpty() ? where + ": " + message : where + ": " + field + ": " + message;
    }
}
