package org.exportpulse.update.sbp;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * An EasyData answer as rows of named cells: {@code {"columns": [...], "rows": [[...], ...]}}, the
 * shape of its data and metadata calls. Column names are matched case-insensitively.
 */
final class EasyDataTable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<Map<String, String>> rows;

    private EasyDataTable(List<Map<String, String>> rows) {
        this.rows = rows;
    }

    /**
     * @throws IllegalArgumentException when the text is not such an object, saying what it is instead
     */
    static EasyDataTable parse(String text) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON (" + e.getOriginalMessage() + ")", e);
        }
        if (root == null
                || !root.isObject()
                || !root.path("columns").isArray()
                || !root.path("rows").isArray()) {
            throw new IllegalArgumentException("not an object with \"columns\" and \"rows\" arrays");
        }
        List<String> columns = new ArrayList<>();
        root.get("columns").forEach(c -> columns.add(c.asText("").strip().toLowerCase(Locale.ROOT)));
        List<Map<String, String>> rows = new ArrayList<>();
        for (JsonNode row : root.get("rows")) {
            if (!row.isArray()) {
                throw new IllegalArgumentException("a row is not an array of strings");
            }
            Map<String, String> cells = new LinkedHashMap<>();
            for (int i = 0; i < columns.size() && i < row.size(); i++) {
                cells.putIfAbsent(
                        columns.get(i),
                        row.get(i).isNull() ? "" : row.get(i).asText("").strip());
            }
            rows.add(cells);
        }
        return new EasyDataTable(rows);
    }

    List<Map<String, String>> rows() {
        return rows;
    }

    /** The first non-empty cell of the first of {@code names} that a row has. */
    static Optional<String> cell(Map<String, String> row, String... names) {
        for (String name : names) {
            String value = row.get(name.toLowerCase(Locale.ROOT));
            if (value != null && !value.isEmpty()) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
