package org.exportpulse.core.series;

/** What a {@code public_by} date rests on. */
public enum PublicByBasis {
    /** The earliest date in a source reporting the value. */
    SOURCE,
    /** A later vintage of the same value was public by then, so this one was too. */
    REVISED_BY,
    /** The day the data set was compiled: an upper bound only. */
    COMPILED,
    /** The file gave no date: the time of the ingest. */
    INGESTED,
    /**
     * The publisher's answer gave no release date: the day it was fetched, an upper bound (the
     * value may have been public earlier).
     */
    FETCHED;

    public String code() {
        return EnumCodes.code(this);
    }

    /**
     * @throws IllegalArgumentException for an unknown code
     */
    public static PublicByBasis parse(String code) {
        return EnumCodes.parse(PublicByBasis.class, code, "public_by basis");
    }
}
