package org.exportpulse.core.series;

import java.util.regex.Pattern;

/** Rules for series ids: dotted, lower case, e.g. {@code pk.ict.exports}. */
public final class SeriesId {

    /** Characters of a series id, at most (what the store holds). */
    public static final int LONGEST = 200;

    private static final Pattern VALID = Pattern.compile("[a-z0-9_]+(\\.[a-z0-9_]+)*");

    /** Suffix of the publisher's fiscal-year-to-date companion of a monthly series. */
    public static final String FYTD_SUFFIX = ".fytd";

    private SeriesId() {}

    /**
     * @return {@code id}
     * @throws IllegalArgumentException when {@code id} is not dotted lower-case words of {@code
     *     a-z 0-9 _}
     */
    public static String requireValid(String id) {
        if (id != null && id.length() > LONGEST) {
            String expected = "expected at most " + LONGEST + ": dotted lower-case words, e.g. pk.ict.exports";
            throw new IllegalArgumentException("a series id of " + id.length() + " characters (" + expected + ")");
        }
        if (id == null || !VALID.matcher(id).matches()) {
            throw new IllegalArgumentException(
                    "'" + id + "' is not a series id (expected dotted lower-case words, e.g. pk.ict.exports)");
        }
        return id;
    }

    /** The id of the publisher's fiscal-year totals for {@code monthlyId}. */
    public static String fiscalYearCompanion(String monthlyId) {
        return monthlyId + ".fy";
    }

    /** The id of the publisher's cumulative fiscal-year-to-date series for {@code monthlyId}. */
    public static String fytdCompanion(String monthlyId) {
        return monthlyId + FYTD_SUFFIX;
    }
}
