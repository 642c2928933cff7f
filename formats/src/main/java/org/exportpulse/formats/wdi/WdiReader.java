package org.exportpulse.formats.wdi;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.exportpulse.core.series.Frequency;
import org.exportpulse.core.series.ObservationStatus;
import org.exportpulse.core.series.PublicByBasis;
import org.exportpulse.core.series.Series;
import org.exportpulse.core.series.SeriesKind;
import org.exportpulse.core.series.Unit;
import org.exportpulse.core.time.CalendarYear;
import org.exportpulse.core.time.FiscalCalendar;
import org.exportpulse.formats.Amounts;
import org.exportpulse.formats.Batch;
import org.exportpulse.formats.FileRows;
import org.exportpulse.formats.IncomingObservation;
import org.exportpulse.formats.IngestException;
import org.exportpulse.formats.NamedInput;
import org.exportpulse.formats.Problems;
import org.exportpulse.formats.csv.CsvTable;
import org.exportpulse.formats.csv.Utf8;

/**
 * Reads a World Bank WDI bulk CSV (byte-order mark, four preamble lines, one column per year, a
 * trailing comma on every line, values in US dollars) into one series per economy: {@code
 * wdi.<indicator>.<code>}, e.g. {@code wdi.ict_exports.pak}, in USD with the digits as published.
 * Aggregates (World, regions, income groups) are marked in their definition.
 */
public final class WdiReader {

    /** Our short names for WDI indicator codes; others use the code, lower case, dots as underscores. */
    private static final Map<String, String> SHORT_NAMES = Map.of("BX.GSR.CCIS.CD", "ict_exports");

    private static final String AGGREGATE = "aggregate (not an economy)";

    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");
    private static final Unit USD = new Unit("USD", Unit.Scale.ONE);

    private WdiReader() {}

    /** The series id for an indicator and an economy code. */
    public static String seriesId(String indicatorCode, String economyCode) {
        String indicator = SHORT_NAMES.getOrDefault(
                indicatorCode, indicatorCode.toLowerCase(Locale.ROOT).replace('.', '_'));
        return "wdi." + indicator + "." + economyCode.toLowerCase(Locale.ROOT);
    }

    /** Whether a series read by this reader is an aggregate rather than an economy. */
    public static boolean isAggregate(Series series) {
        return series.definition().contains(AGGREGATE);
    }

    /** An economy's code as the World Bank writes them: three letters or digits (a few aggregates have two). */
    private static final Pattern ECONOMY_CODE = Pattern.compile("[A-Za-z0-9]{2,3}");

    /**
     * @param aggregates economy codes that are aggregates (upper case)
     * @throws IngestException for a malformed file, an unparsable value, or a missing column
     */
    public static Batch read(NamedInput input, Set<String> aggregates) throws IOException {
        LocalDate updated = lastUpdated(input);
        CsvTable table = CsvTable.readAfterPreamble(
                input, Set.of("country name", "country code", "indicator name", "indicator code"), "Country Name");
        Problems problems = new Problems();
        FileRows rows = new FileRows(problems);
        List<Series> series = new ArrayList<>();
        List<String> years = table.columnNames().stream()
                .filter(c -> YEAR.matcher(c).matches())
                .toList();
        for (CsvTable.Row row : table.rows()) {
            Series s;
            try {
                s = series(row, aggregates);
            } catch (IllegalArgumentException e) {
                String field =
                        ECONOMY_CODE.matcher(row.get("country code")).matches() ? "indicator code" : "country code";
                problems.add(input.name(), row.line(), field, e.getMessage());
                continue;
            }
            series.add(s);
            for (String year : years) {
                String text = row.get(year);
                if (text.isEmpty()) {
                    continue;
                }
                if (!NUMBER.matcher(text).matches()) {
                    problems.add(
                            input.name(),
                            row.line(),
                            year,
                            "'" + text + "' is not a number (expected US dollars,"
                                    + " e.g. 3633000000, or an empty field)");
                    continue;
                }
                BigDecimal value;
                try {
                    value = Amounts.parse(text);
                } catch (IllegalArgumentException e) {
                    problems.add(input.name(), row.line(), year, e.getMessage());
                    continue;
                }
                rows.add(new IncomingObservation(
                        s.id(),
                        CalendarYear.of(Integer.parseInt(year)),
                        plain(value),
                        ObservationStatus.NORMAL,
                        null,
                        updated,
                        updated == null ? null : PublicByBasis.SOURCE,
                        List.of(source(row.get("indicator code"))),
                        "",
                        input.name(),
                        row.line()));
            }
        }
        return new Batch(series, rows.result());
    }

    private static Series series(CsvTable.Row row, Set<String> aggregates) {
        return series(
                row.get("indicator code"),
                row.get("indicator name"),
                row.get("country code"),
                row.get("country name"),
                aggregates);
    }

    /**
     * The series of one indicator for one economy, as this reader defines it.
     *
     * @param economyCode the World Bank's three-letter code (any case)
     * @param aggregates codes (upper case) that are aggregates rather than economies
     */
    public static Series series(
            String indicatorCode,
            String indicatorName,
            String economyCode,
            String economyName,
            Set<String> aggregates) {
        String code = economyCode.toUpperCase(Locale.ROOT);
        String what = aggregates.contains(code) ? AGGREGATE : "economy";
        return new Series(
                seriesId(indicatorCode, code),
                economyName + ": " + indicatorName,
                USD,
                Frequency.YEAR,
                SeriesKind.FLOW,
                FiscalCalendar.CALENDAR_YEAR,
                "World Bank WDI",
                "World Bank WDI " + indicatorCode + ", " + code + ", " + what,
                List.of());
    }

    /** A number as published, without trailing zeros or an exponent ({@code 3.63E9} is {@code 3630000000}). */
    public static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** The source named for an indicator's values. */
    public static String source(String indicatorCode) {
        return "https://data.worldbank.org/indicator/" + indicatorCode;
    }

    /** The "Last Updated Date" of the preamble, or {@code null} when absent. */
    private static LocalDate lastUpdated(NamedInput input) throws IOException {
        for (String line : Utf8.decode(input).lines().limit(6).toList()) {
            String[] fields = line.replace("\uFEFF", "").split(",");
            if (fields.length >= 2 && fields[0].replace("\"", "").strip().equalsIgnoreCase("Last Updated Date")) {
                try {
                    return LocalDate.parse(fields[1].replace("\"", "").strip());
                } catch (DateTimeParseException e) {
                    return null;
                }
            }
        }
        return null;
    }
}
