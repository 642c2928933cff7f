package org.exportpulse.export;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * JSON answers as tables, for CSV and XLSX: every scalar as a row of its JSON Pointer and value
 * ({@link #fields}), or an array of objects as rows with a column per key ({@link #rows}). Numbers
 * stay exact ({@code BigDecimal}), booleans stay booleans, a JSON {@code null} is a missing cell.
 */
public final class JsonTables {

    private JsonTables() {}

    /**
     * A row per scalar of {@code root}, in document order: {@code field} (its JSON Pointer, e.g.
     * {@code /comparisons/0/change_pct}) and {@code value}.
     */
    public static DataTable fields(JsonNode root) {
        DataTable.Builder table = DataTable.with("field", "value");
        collect(root, "", table);
        return table.build();
    }

    /**
     * The objects of {@code array} as rows; the columns are their scalar keys in order of first
     * appearance; a key an object lacks, or whose value is not a scalar, is an empty cell.
     *
     * @throws IllegalArgumentException when {@code array} is not an array of objects
     */
    public static DataTable rows(JsonNode array) {
        if (array == null || !array.isArray()) {
            throw new IllegalArgumentException("not a JSON array (expected an array of objects)");
        }
        Set<String> columns = new LinkedHashSet<>();
        for (JsonNode row : array) {
            if (!row.isObject()) {
                throw new IllegalArgumentException("an array element is not an object (expected objects)");
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = row.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (e.getValue().isValueNode()) {
                    columns.add(e.getKey());
                }
            }
        }
        List<List<Object>> rows = new ArrayList<>();
        for (JsonNode row : array) {
            List<Object> cells = new ArrayList<>();
            for (String c : columns) {
                JsonNode v = row.get(c);
                cells.add(v == null || !v.isValueNode() ? null : cell(v));
            }
            rows.add(cells);
        }
        return new DataTable(new ArrayList<>(columns), rows);
    }

    private static void collect(JsonNode node, String pointer, DataTable.Builder table) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                collect(e.getValue(), pointer + "/" + escape(e.getKey()), table);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), pointer + "/" + i, table);
            }
        } else {
            table.row(pointer, cell(node));
        }
    }

    private static Object cell(JsonNode v) {
        if (v.isNull()) {
            return null;
        }
        if (v.isNumber()) {
            return v.decimalValue();
        }
        if (v.isBoolean()) {
            return v.booleanValue();
        }
        return v.asText();
    }

    /** RFC 6901: {@code ~} as {@code ~0}, {@code /} as {@code ~1}. */
    private static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }
}
