package org.exportpulse.formats.easydata;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.exportpulse.core.series.Frequency;
import org.exportpulse.core.series.ObservationStatus;
import org.exportpulse.core.series.Series;
import org.exportpulse.core.series.Unit;
import org.exportpulse.core.time.CalendarMonth;
import org.exportpulse.formats.Amounts;
import org.exportpulse.formats.FieldParser;
import org.exportpulse.formats.IncomingObservation;
import org.exportpulse.formats.Plausible;
import org.exportpulse.formats.Problems;
import org.exportpulse.formats.SeriesLookup;

/**
 * One row of an SBP EasyData series response, whichever the container (JSON or CSV): a series key,
 * a month-end date, a value as text, a unit in its own column, and a status.
 *
 * <p>Status: {@code Normal} → normal, {@code Provisional}/{@code P} → provisional, {@code
 * Revised}/{@code R} → revised; any other text is kept in the note with status normal.
 */
final class EasyDataRows {

    static final String KEY = "series key";
    static final String DATE = "observation date";
    static final String VALUE = "observation value";
    static final String UNIT = "unit";
    static final String STATUS = "observation status";
    static final String COMMENTS = "status comments";
    static final Set<String> REQUIRED = Set.of(KEY, DATE, VALUE);

    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    private EasyDataRows() {}

    /** The observation of the row, or {@code null} after recording its problems. */
    static IncomingObservation parse(
            String file, long line, UnaryOperator<String> field, SeriesLookup lookup, Problems problems) {
        FieldParser p = new FieldParser(file, line, field, problems);
        Series series = p.parse(KEY, lookup::byPublisherKey);
        if (series == null) {
            return null;
        }
        CalendarMonth month = p.parse(DATE, text -> monthOf(series, text));
        BigDecimal value = p.parse(VALUE, text -> valueOf(series, text, field.apply(UNIT)));
        String status = field.apply(STATUS);
        ObservationStatus mapped = statusOf(status);
        if (!p.ok()) {
            return null;
        }
        String comments = field.apply(COMMENTS);
        String note = mapped == null ? join("status: " + status, comments) : comments;
        return new IncomingObservation(
                series.id(),
                month,
                value,
                mapped == null ? ObservationStatus.NORMAL : mapped,
                null,
                null,
                null,
                List.of("SBP EasyData series " + field.apply(KEY)),
                note,
                file,
                line);
    }

    private static CalendarMonth monthOf(Series series, String text) {
        if (series.frequency() != Frequency.MONTH) {
            throw new IllegalArgumentException(series.id() + " has frequency "
                    + series.frequency().code() + " (expected a monthly series for EasyData monthly rows)");
        }
        LocalDate date;
        try {
            date = LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(
                    "'" + text + "' is not a date (expected a month-end date YYYY-MM-DD)", e);
        }
        YearMonth month = YearMonth.from(date);
        if (!date.equals(month.atEndOfMonth())) {
            throw new IllegalArgumentException("'" + text + "' is not the last day of its month (expected "
                    + month.atEndOfMonth() + " for " + month + ")");
        }
        return (CalendarMonth) Plausible.period(CalendarMonth.of(month), text);
    }

    private static BigDecimal valueOf(Series series, String text, String unitText) {
        if (!NUMBER.matcher(text).matches()) {
            throw new IllegalArgumentException(
                    "'" + text + "' is not a number (expected a plain decimal such as 2523.753816)");
        }
        BigDecimal value = Amounts.parse(text);
        if (unitText.isEmpty()) {
            return value;
        }
        Unit unit = Unit.parse(unitText);
        if (!unit.convertibleTo(series.unit())) {
            throw new IllegalArgumentException(
                    "unit " + unit + " is not in " + series.unit().measure() + " like " + series.id()
                            + " (expected a unit in " + series.unit().measure() + ")");
        }
        return unit.convert(value, series.unit());
    }

    /** The mapped status, or {@code null} for text that is none of the known ones. */
    private static ObservationStatus statusOf(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "", "normal" -> ObservationStatus.NORMAL;
            case "provisional", "p" -> ObservationStatus.PROVISIONAL;
            case "revised", "r" -> ObservationStatus.REVISED;
            default -> null;
        };
    }

    private static String join(String a, String b) {
        return b.isEmpty() ? a : a + "; " + b;
    }
}
