package org.exportpulse.formats;

import java.util.List;
import org.exportpulse.core.series.Denominator;
import org.exportpulse.core.series.Series;

/**
 * The longest texts the store holds, in characters, checked when a file is read so that a text
 * too long is refused with its file, line and field rather than by the database at insert.
 */
public final class TextLimits {

    /** A series' title. */
    public static final int TITLE = 1000;
    /** A series' publisher. */
    public static final int PUBLISHER = 500;
    /** A series' definition. */
    public static final int DEFINITION = 4000;
    /** A series' denominators ({@code share_of}), written as in the series file. */
    public static final int SHARE_OF = 4000;
    /** An observation's sources together, one per line. */
    public static final int SOURCES = 8000;
    /** An observation's note. */
    public static final int NOTE = 8000;

    private TextLimits() {}

    /**
     * {@code text}, unchanged.
     *
     * @throws IllegalArgumentException when it has more than {@code longest} characters
     */
    public static String within(String text, int longest) {
        int length = text.codePointCount(0, text.length());
        if (length > longest) {
            throw new IllegalArgumentException(
                    "has " + length + " characters (expected at most " + longest + ", the most the store holds)");
        }
        return text;
    }

    /** The sources as the store keeps them: one per line. */
    static String joinedSources(List<String> sources) {
        return String.join("\n", sources);
    }

    /** Checks the texts of {@code s}, reporting each one too long to {@code problems}. */
    static void check(Series s, String file, long line, Problems problems) {
        check(s.title(), TITLE, "title", file, line, problems);
        check(s.publisher(), PUBLISHER, "publisher", file, line, problems);
        check(s.definition(), DEFINITION, "definition", file, line, problems);
        check(
                String.join(";", s.shareOf().stream().map(Denominator::code).toList()),
                SHARE_OF,
                "share_of",
                file,
                line,
                problems);
    }

    /** Checks the texts of {@code o}, reporting each one too long to {@code problems}. */
    /** Adds a problem for each text of {@code o} longer than the store holds; {@code true} when none is. */
    static boolean check(IncomingObservation o, Problems problems) {
        boolean sources = check(joinedSources(o.sources()), SOURCES, "source", o.file(), o.line(), problems);
        boolean note = check(o.note(), NOTE, "note", o.file(), o.line(), problems);
        return sources && note;
    }

    private static boolean check(String text, int longest, String field, String file, long line, Problems problems) {
        if (text == null) {
            return true;
        }
        try {
            within(text, longest);
            return true;
        } catch (IllegalArgumentException e) {
            problems.add(file, line, field, e.getMessage());
            return false;
        }
    }
}
