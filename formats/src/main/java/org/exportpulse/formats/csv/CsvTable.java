package org.exportpulse.formats.csv;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.exportpulse.formats.IngestException;
import org.exportpulse.formats.NamedInput;
import org.exportpulse.formats.Problems;

/**
 * A whole CSV file read strictly as UTF-8 (a byte-order mark is skipped) with a header line:
 * rows keep their line numbers, columns are found by name. Any line ending (LF, CRLF, CR) is
 * accepted.
 */
public final class CsvTable {

    private final String file;
    private final Map<String, Integer> columns;
    private final List<Row> rows;

    private CsvTable(String file, Map<String, Integer> columns, List<Row> rows) {
        this.file = file;
        this.columns = columns;
        this.rows = rows;
    }

    /** One data line. */
    public final class Row {
        private final long line;
        private final List<String> fields;

        Row(long line, List<String> fields) {
            this.line = line;
            this.fields = fields;
        }

        /** 1-based line number where the row starts. */
        public long line() {
            return line;
        }

        /** The field, stripped; empty when the column is absent or the row is short. */
        public String get(String column) {
            Integer index = columns.get(column);
            return index == null || index >= fields.size()
                    ? ""
                    : fields.get(index).strip();
        }
    }

    /**
     * Reads the whole input.
     *
     * @param required columns the header must name (lower case); others are allowed
     * @throws IngestException when the input is empty, not UTF-8, malformed (an unclosed quote, as
     *     in a truncated file), or lacks a required column
     * @throws IOException when it cannot be read at all
     */
    public static CsvTable read(NamedInput input, Set<String> required) throws IOException {
        return table(input, required, parse(input));
    }

    /**
     * Reads the whole input, its header being the first record whose first field is {@code
     * headerStart} (case ignored); the records before it are a preamble and are skipped.
     *
     * @throws IngestException as {@link #read(NamedInput, Set)}, and when no record starts so
     */
    public static CsvTable readAfterPreamble(NamedInput input, Set<String> required, String headerStart)
            throws IOException {
        List<CsvRecord> records = parse(input);
        for (int i = 0; i < records.size(); i++) {
            if (records.get(i).getField(0).strip().equalsIgnoreCase(headerStart)) {
                return table(input, required, records.subList(i, records.size()));
            }
        }
        throw IngestException.of(
                input.name(),
                0,
                "",
                "no header line starting with \"" + headerStart + "\" (expected" + " one after the preamble)");
    }

    /**
     * Reads the input a row at a time, in bounded memory, handing each complete row to {@code each};
     * a row with more or fewer fields than the header is added to {@code problems} and skipped.
     *
     * @param required columns the header must name (lower case); others are allowed
     * @throws IngestException when the input is empty, not UTF-8, malformed, or lacks a required
     *     column (rows already handed on stay handed on: the caller's transaction decides)
     * @throws IOException when it cannot be read at all
     */
    public static void stream(
            NamedInput input,
            Set<String> required,
            Problems problems,
            java.util.function.BiConsumer<CsvTable, Row> each)
            throws IOException {
        long last = 0;
        try (Utf8Reader reader = new Utf8Reader(input.name(), input.open());
                CsvReader<CsvRecord> csv = reader().ofCsvRecord(reader)) {
            CsvTable table = null;
            int width = 0;
            for (CsvRecord r : csv) {
                last = r.getStartingLineNumber();
                if (table == null) {
                    table = header(input, required, r);
                    width = r.getFieldCount();
                } else if (fits(input, r, width, problems)) {
                    each.accept(table, table.new Row(r.getStartingLineNumber(), r.getFields()));
                }
            }
            if (table == null) {
                throw IngestException.of(input.name(), 0, "", "the file is empty (expected a header line and rows)");
            }
        } catch (CsvParseException e) {
            throw IngestException.of(input.name(), last + 1, "", whyMalformed(e));
        } catch (java.io.UncheckedIOException e) {
            if (e.getCause() instanceof Utf8Reader.InvalidUtf8 invalid) {
                throw invalid.problem();
            }
            throw e.getCause();
        } catch (Utf8Reader.InvalidUtf8 invalid) {
            throw invalid.problem();
        }
    }

    /** The table a header record opens, with no rows; refuses a header without the required columns. */
    private static CsvTable header(NamedInput input, Set<String> required, CsvRecord header) {
        String first = header.getFieldCount() == 0 ? "" : header.getField(0);
        if (first.startsWith("\uFEFF")) {
            List<String> fields = new ArrayList<>(header.getFields());
            fields.set(0, first.substring(1));
            return withColumns(input, required, fields, header.getStartingLineNumber());
        }
        return withColumns(input, required, header.getFields(), header.getStartingLineNumber());
    }

    private static CsvTable withColumns(NamedInput input, Set<String> required, List<String> names, long line) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            columns.putIfAbsent(names.get(i).strip().toLowerCase(Locale.ROOT), i);
        }
        List<String> absent =
                required.stream().filter(c -> !columns.containsKey(c)).sorted().toList();
        if (!absent.isEmpty()) {
            throw IngestException.of(
                    input.name(),
                    line,
                    "",
                    "the header lacks required column(s) " + String.join(", ", absent) + " (expected "
                            + String.join(",", required.stream().sorted().toList()) + ")");
        }
        return new CsvTable(input.name(), columns, new ArrayList<>());
    }

    /** Whether a record has the header's width; a problem is added when not. */
    private static boolean fits(NamedInput input, CsvRecord r, int width, Problems problems) {
        if (r.getFieldCount() > width) {
            problems.add(
                    input.name(),
                    r.getStartingLineNumber(),
                    "",
                    "the line has " + r.getFieldCount() + " fields but the header has " + width + " (expected " + width
                            + "; a decimal comma such as 1,5? quote fields that hold commas, and write decimals with a"
                            + " point)");
            return false;
        }
        if (r.getFieldCount() < width) {
            problems.add(
                    input.name(),
                    r.getStartingLineNumber(),
                    "",
                    "the line has " + r.getFieldCount() + " fields but the header has " + width + " (expected " + width
                            + "; is the file truncated?)");
            return false;
        }
        return true;
    }

    private static CsvTable table(NamedInput input, Set<String> required, List<CsvRecord> records) {
        if (records.isEmpty()) {
            throw IngestException.of(input.name(), 0, "", "the file is empty (expected a header line and rows)");
        }
        CsvRecord header = records.get(0);
        CsvTable table = withColumns(input, required, header.getFields(), header.getStartingLineNumber());
        Problems problems = new Problems();
        for (CsvRecord r : records.subList(1, records.size())) {
            fits(input, r, header.getFieldCount(), problems);
            table.rows.add(table.new Row(r.getStartingLineNumber(), r.getFields()));
        }
        problems.throwIfAny();
        return table;
    }

    /** The reader's settings, the same for whole and streamed reads: short rows and long ones are counted, not dropped. */
    private static CsvReader.CsvReaderBuilder reader() {
        return CsvReader.builder()
                .skipEmptyLines(true)
                .allowExtraFields(true)
                .allowMissingFields(true)
                .allowUnclosedQuote(false)
                .detectBomHeader(true);
    }

    private static List<CsvRecord> parse(NamedInput input) throws IOException {
        String text = Utf8.decode(input);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1); // the byte-order mark of Excel's "CSV UTF-8"
        }
        List<CsvRecord> records = new ArrayList<>();
        try (CsvReader<CsvRecord> csv = reader().ofCsvRecord(text)) {
            csv.forEach(records::add);
        } catch (CsvParseException e) {
            long line = records.isEmpty() ? 1 : records.get(records.size() - 1).getStartingLineNumber() + 1;
            throw IngestException.of(input.name(), line, "", whyMalformed(e));
        }
        return records;
    }

    private static final Pattern FIELD_TOO_LONG = Pattern.compile("(?:max field size|maximum buffer size) of (\\d+)");
    private static final Pattern TOO_MANY_FIELDS = Pattern.compile("maximum limit of (\\d+) fields");

    /** What the reader's failure means to the person who wrote the file. */
    private static String whyMalformed(CsvParseException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            Matcher tooLong = FIELD_TOO_LONG.matcher(message);
            if (tooLong.find()) {
                return "a field is longer than " + tooLong.group(1) + " characters, the most one field may hold"
                        + " (expected shorter fields; a quote that is never closed also makes one field of the rest"
                        + " of the file)";
            }
            Matcher tooMany = TOO_MANY_FIELDS.matcher(message);
            if (tooMany.find()) {
                return "the line has more than " + tooMany.group(1) + " fields (expected one field per column)";
            }
        }
        return "malformed CSV, e.g. an unclosed quote or a truncated file (expected complete quoted fields)";
    }

    public String file() {
        return file;
    }

    /** The header's column names, lower case, in file order. */
    public List<String> columnNames() {
        return columns.entrySet().stream()
                .sorted(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .toList();
    }

    public boolean has(String column) {
        return columns.containsKey(column);
    }

    public List<Row> rows() {
        return rows;
    }
}
