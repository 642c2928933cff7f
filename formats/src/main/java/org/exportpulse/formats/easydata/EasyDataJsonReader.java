package org.exportpulse.formats.easydata;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.exportpulse.formats.FileRows;
import org.exportpulse.formats.IncomingObservation;
import org.exportpulse.formats.IngestException;
import org.exportpulse.formats.NamedInput;
import org.exportpulse.formats.Problems;
import org.exportpulse.formats.SeriesLookup;
import org.exportpulse.formats.csv.Utf8;

/**
 * Reads an SBP EasyData series response as JSON: {@code {"columns": ["Series Key", …], "rows":
 * [["TS_GP_…", "2022-07-31", "2523.753816", "Million USD", "Normal", ""], …]}}, values as strings,
 * rows newest first. Other members are ignored. Problems are reported at the line the row starts on.
 */
public final class EasyDataJsonReader {

    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private EasyDataJsonReader() {}

    /**
     * @throws IngestException for malformed or truncated JSON, missing columns, or bad rows
     */
    public static List<IncomingObservation> read(NamedInput input, SeriesLookup lookup) throws IOException {
        String text = Utf8.decode(input);
        Problems problems = new Problems();
        FileRows rows = new FileRows(problems);
        try (JsonParser parser = JSON.createParser(text)) {
            try {
                readDocument(input, parser, lookup, problems, rows);
            } catch (JsonEOFException e) {
                throw IngestException.of(
                        input.name(),
                        lineOf(e, parser),
                        "",
                        "the JSON ends early (expected the rest of the document; is the file truncated?)");
            } catch (JsonProcessingException e) {
                throw IngestException.of(
                        input.name(),
                        lineOf(e, parser),
                        "",
                        "malformed JSON: " + e.getOriginalMessage() + " (expected an EasyData response)");
            }
        }
        return rows.result();
    }

    private static void readDocument(
            NamedInput input, JsonParser parser, SeriesLookup lookup, Problems problems, FileRows rows)
            throws IOException {
        expect(input, parser, parser.nextToken() == JsonToken.START_OBJECT, "a JSON object");
        Map<String, Integer> columns = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            if (name.equals("columns")) {
                columns = columns(input, parser);
            } else if (name.equals("rows")) {
                expect(input, parser, columns != null, "\"columns\" before \"rows\"");
                readRows(input, parser, columns, lookup, problems, rows);
            } else {
                parser.skipChildren();
            }
        }
        expect(input, parser, columns != null, "a \"columns\" array");
        expect(input, parser, parser.nextToken() == null, "nothing after the end of the JSON document");
    }

    /** The line of a parse failure: where Jackson says, else where the parser stopped (limits say nowhere). */
    private static long lineOf(JsonProcessingException e, JsonParser parser) {
        if (e.getLocation() != null && e.getLocation().getLineNr() > 0) {
            return e.getLocation().getLineNr();
        }
        return Math.max(1, parser.currentLocation().getLineNr());
    }

    private static Map<String, Integer> columns(NamedInput input, JsonParser parser) throws IOException {
        expect(input, parser, parser.currentToken() == JsonToken.START_ARRAY, "\"columns\" to be an array");
        Map<String, Integer> columns = new HashMap<>();
        int index = 0;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            columns.putIfAbsent(parser.getValueAsString("").strip().toLowerCase(Locale.ROOT), index++);
        }
        List<String> absent = EasyDataRows.REQUIRED.stream()
                .filter(c -> !columns.containsKey(c))
                .sorted()
                .toList();
        if (!absent.isEmpty()) {
            throw IngestException.of(
                    input.name(),
                    parser.currentLocation().getLineNr(),
                    "columns",
                    "lacks " + String.join(", ", absent)
                            + " (expected Series Key, Observation Date, Observation Value)");
        }
        return columns;
    }

    private static void readRows(
            NamedInput input,
            JsonParser parser,
            Map<String, Integer> columns,
            SeriesLookup lookup,
            Problems problems,
            FileRows rows)
            throws IOException {
        expect(input, parser, parser.currentToken() == JsonToken.START_ARRAY, "\"rows\" to be an array");
        while (parser.nextToken() == JsonToken.START_ARRAY) {
            long line = parser.currentTokenLocation().getLineNr();
            List<String> cells = new ArrayList<>();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                cells.add(parser.currentToken() == JsonToken.VALUE_NULL ? "" : parser.getValueAsString(""));
            }
            IncomingObservation o = EasyDataRows.parse(
                    input.name(),
                    line,
                    column -> {
                        Integer i = columns.get(column);
                        return i == null || i >= cells.size()
                                ? ""
                                : cells.get(i).strip();
                    },
                    lookup,
                    problems);
            if (o != null) {
                rows.add(o);
            }
        }
        expect(input, parser, parser.currentToken() == JsonToken.END_ARRAY, "each row to be an array of strings");
    }

    private static void expect(NamedInput input, JsonParser parser, boolean condition, String what) {
        if (!condition) {
            throw IngestException.of(
                    input.name(),
                    parser.currentLocation().getLineNr(),
                    "",
                    "unexpected JSON structure (expected " + what + ")");
        }
    }
}
