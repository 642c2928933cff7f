package org.exportpulse.formats.tidy;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.exportpulse.core.series.ObservationStatus;
import org.exportpulse.core.series.PublicByBasis;
import org.exportpulse.core.series.Series;
import org.exportpulse.core.series.Unit;
import org.exportpulse.core.time.Period;
import org.exportpulse.formats.Amounts;
import org.exportpulse.formats.FieldParser;
import org.exportpulse.formats.FileRows;
import org.exportpulse.formats.IncomingObservation;
import org.exportpulse.formats.NamedInput;
import org.exportpulse.formats.Plausible;
import org.exportpulse.formats.Problems;
import org.exportpulse.formats.TextLimits;
import org.exportpulse.formats.csv.CsvTable;

/**
 * Reads tidy observations: {@code series,period,value} and optionally {@code
 * unit,status,vintage,public_by,public_by_basis,source,note} — the bundle's {@code
 * observations.csv} and the minimal layout alike.
 *
 * <p>Each value is checked against its series: the period must suit the frequency, a unit must
 * have the series' measure (its scale is converted, digits kept). Within one file, two rows for
 * the same series, period and vintage must agree; identical repeats are dropped.
 */
public final class TidyObservationReader {

    static final Set<String> REQUIRED = Set.of("series", "period", "value");
    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    private TidyObservationReader() {}

    /**
     * @param knownSeries the series a row may name (from a series file beside it, or the store)
     * @throws org.exportpulse.formats.IngestException listing every problem, up to the limit
     */
    public static List<IncomingObservation> read(NamedInput input, Function<String, Optional<Series>> knownSeries)
            throws IOException {
        CsvTable table = CsvTable.read(input, REQUIRED);
        Problems problems = new Problems();
        FileRows rows = new FileRows(problems);
        Map<String, Period> periods = new HashMap<>();
        boolean hasVintage = table.has("vintage");
        for (CsvTable.Row row : table.rows()) {
            IncomingObservation o = parse(table.file(), row, hasVintage, knownSeries, problems, periods);
            if (o != null) {
                rows.add(o);
            }
        }
        return rows.result();
    }

    /**
     * Reads the file a row at a time, in bounded memory, handing each valid observation to {@code
     * sink}; rows with problems are added to {@code problems} and skipped. Repeats are not dropped
     * here: the store tells a repeat from a revision.
     *
     * @throws org.exportpulse.formats.IngestException when the file cannot be read as a table
     */
    public static void stream(
            NamedInput input,
            Function<String, Optional<Series>> knownSeries,
            Problems problems,
            java.util.function.Consumer<IncomingObservation> sink)
            throws IOException {
        Map<String, Period> periods = new HashMap<>();
        CsvTable.stream(input, REQUIRED, problems, (table, row) -> {
            IncomingObservation o = parse(table.file(), row, table.has("vintage"), knownSeries, problems, periods);
            if (o != null) {
                sink.accept(o);
            }
        });
    }

    private static IncomingObservation parse(
            String file,
            CsvTable.Row row,
            boolean hasVintage,
            Function<String, Optional<Series>> knownSeries,
            Problems problems,
            Map<String, Period> periods) {
        FieldParser p = FieldParser.of(file, row, problems);
        String seriesId = row.get("series");
        Optional<Series> series = seriesId.isEmpty() ? Optional.empty() : knownSeries.apply(seriesId);
        if (series.isEmpty()) {
            p.fail(
                    "series",
                    seriesId.isEmpty()
                            ? "empty (expected a series id)"
                            : "unknown series '" + seriesId
                                    + "' (expected a series defined in a series.csv beside the file"
                                    + " or already in the store)");
            return null;
        }
        Series s = series.get();
        Period period = p.parse(
                "period",
                text -> periods.computeIfAbsent(
                        s.frequency() + "|" + s.calendar().firstMonth() + "|" + text, key -> periodOf(s, text)));
        BigDecimal value = p.parse("value", text -> valueIn(s, text, row.get("unit")));
        ObservationStatus status = p.parse("status", TidyObservationReader::statusOf);
        Integer vintage = hasVintage ? p.parse("vintage", TidyObservationReader::vintageOf) : null;
        LocalDate publicBy = p.parse("public_by", t -> t.isEmpty() ? null : dateOf(t));
        PublicByBasis basis = p.parse("public_by_basis", t -> basisOf(t, publicBy));
        List<String> sources = p.parse("source", t -> sourcesOf(TextLimits.within(t, TextLimits.SOURCES)));
        String note = p.parse("note", t -> TextLimits.within(t, TextLimits.NOTE));
        if (!p.ok()) {
            return null;
        }
        return new IncomingObservation(
                s.id(), period, value, status, vintage, publicBy, basis, sources, note, file, row.line());
    }

    private static Period periodOf(Series s, String text) {
        Period period = Plausible.period(Period.parse(text, s.calendar()), text);
        if (!s.frequency().accepts(period, s.calendar())) {
            throw new IllegalArgumentException("'" + text + "' does not suit " + s.id() + ", whose frequency is "
                    + s.frequency().code() + " (expected " + s.frequency().example() + ")");
        }
        return period;
    }

    private static BigDecimal valueIn(Series s, String text, String unitText) {
        if (!PLAIN_NUMBER.matcher(text).matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a number (expected a plain decimal such as"
                    + " 1438.827, without thousands separators)");
        }
        BigDecimal value = Amounts.parse(text);
        if (unitText.isEmpty()) {
            return value;
        }
        Unit unit = Unit.parse(unitText);
        if (!unit.convertibleTo(s.unit())) {
            throw new IllegalArgumentException("unit " + unit + " has measure " + unit.measure() + " but " + s.id()
                    + " is in " + s.unit() + " (expected a unit in " + s.unit().measure() + ")");
        }
        return unit.convert(value, s.unit());
    }

    private static ObservationStatus statusOf(String text) {
        ObservationStatus status = text.isEmpty() ? ObservationStatus.NORMAL : ObservationStatus.parse(text);
        if (status == ObservationStatus.DERIVED) {
            throw new IllegalArgumentException(
                    "derived values are computed by ExportPulse from published totals, not"
                            + " ingested (expected the status of a published value: normal, provisional, revised or estimated)");
        }
        return status;
    }

    private static Integer vintageOf(String text) {
        try {
            int v = Integer.parseInt(text);
            if (v >= 1) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("'" + text + "' is not a vintage (expected a whole number, 1 or more)");
    }

    private static LocalDate dateOf(String text) {
        try {
            return Plausible.date(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text + "' is not a date (expected YYYY-MM-DD)", e);
        }
    }

    private static PublicByBasis basisOf(String text, LocalDate publicBy) {
        if (!text.isEmpty()) {
            return PublicByBasis.parse(text);
        }
        return publicBy == null ? null : PublicByBasis.SOURCE;
    }

    private static List<String> sourcesOf(String text) {
        return Arrays.stream(text.split(" ; "))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }
}
