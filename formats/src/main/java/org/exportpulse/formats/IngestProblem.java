package org.exportpulse.formats;

/**
 * One thing wrong with an input file, located to the line and field.
 *
 * @param line 1-based line number; 0 when the problem concerns the whole file
 * @param field the column concerned, or empty
 */
public record IngestProblem(String file, long line, String field, String message) {

    /** Characters of a field or message echoed at most; a longer one is cut in its middle. */
    public static final int LONGEST_ECHO = 400;

    public IngestProblem {
        file = cut(file);
        field = cut(field);
        message = cut(message);
    }

    /** {@code text}, or its beginning and end around "… (N characters cut) …" when it is too long to echo. */
    public static String cut(String text) {
        return cut(text, LONGEST_ECHO);
    }

    /**
     * {@code text}, or its first and last {@code longest / 2} characters around "… (N characters cut)
     * …" when it has more than {@code longest}; {@code null} stays {@code null}.
     */
    public static String cut(String text, int longest) {
        if (text == null || text.length() <= longest) {
            return text;
        }
        int keep = longest / 2;
        return text.substring(0, keep) + " … (" + (text.length() - 2 * keep) + " characters cut) … "
                + text.substring(text.length() - keep);
    }

    /** {@code FILE:LINE: field: message}, or {@code FILE: message} for whole-file problems. */
    @Override
    public String toString() {
        String where = line > 0 ? file + ":" + line : file;
        return field.isEmpty() ? where + ": " + message : where + ": " + field + ": " + message;
    }
}
