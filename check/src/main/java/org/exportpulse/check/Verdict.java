package org.exportpulse.check;

import java.util.Locale;

/** How the data judges a claim. */
public enum Verdict {
    /** Equal at the precision the text used ({@code 23%} covers [22.5, 23.5)). */
    SUPPORTED,
    /** Off by no more than one unit of the last digit stated (truncated, or another rounding base). */
    APPROXIMATE,
    /** The data gives another figure; the explanation names it and the likely cause. */
    CONTRADICTED,
    /** The text's own numbers do not give the percentage it states. */
    INCONSISTENT,
    /** The data needed is missing; the explanation says what. */
    UNVERIFIABLE;

    /** {@code supported}, {@code approximate}, … as written in JSON. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether the verdict says the text is wrong. */
    public boolean flagsError() {
        return this == CONTRADICTED || this == INCONSISTENT;
    }
}
