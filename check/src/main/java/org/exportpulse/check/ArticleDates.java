package org.exportpulse.check;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the date an article gives for itself: its first full date ({@code January 20, 2026}, {@code 20 Jan 2026}, {@code 2026-01-20}). */
final class ArticleDates {

    private static final String M = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
            + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
    private static final Pattern DATE = Pattern.compile(
            "\\b(?<m1>" + M + ")\\.?\\s+(?<d1>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?<y1>\\d{4})\\b"
                    + "|\\b(?<d2>\\d{1,2})(?:st|nd|rd|th)?\\s+(?<m2>" + M + ")\\.?,?\\s+(?<y2>\\d{4})\\b"
                    + "|\\b(?<iso>\\d{4}-\\d{2}-\\d{2})\\b",
            Pattern.CASE_INSENSITIVE);

    private ArticleDates() {}

    static Optional<LocalDate> find(String text) {
        Matcher m = DATE.matcher(text);
        while (m.find()) {
            try {
                return Optional.of(read(m));
            } catch (RuntimeException e) {
                // 31 February and the like: not a date, look further
            }
        }
        return Optional.empty();
    }

    private static LocalDate read(Matcher m) {
        if (m.group("iso") != null) {
            return LocalDate.parse(m.group("iso"));
        }
        if (m.group("m1") != null) {
            return LocalDate.of(
                    Integer.parseInt(m.group("y1")),
                    Periods.monthNumber(m.group("m1")),
                    Integer.parseInt(m.group("d1")));
        }
        return LocalDate.of(
                Integer.parseInt(m.group("y2")), Periods.monthNumber(m.group("m2")), Integer.parseInt(m.group("d2")));
    }
}
