package org.exportpulse.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonTablesTest {

    private static JsonNode json(String text) throws Exception {
        return new ObjectMapper()
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true))
                .readTree(text);
    }

    @Test
    void every_scalar_is_a_row_named_by_its_json_pointer_with_numbers_exact() throws Exception {
        DataTable t =
                JsonTables.fields(json("{\"value\":437.10,\"a/b\":{\"ok\":true,\"none\":null},\"list\":[1,\"x\"]}"));
        assertThat(t.columns()).containsExactly("field", "value");
        assertThat(t.rows())
                .containsExactly(
                        List.of("/value", new BigDecimal("437.10")),
                        List.of("/a~1b/ok", true),
                        Arrays.asList("/a~1b/none", null),
                        List.of("/list/0", new BigDecimal("1")),
                        List.of("/list/1", "x"));
    }

    @Test
    void objects_of_an_array_are_rows_with_a_column_per_scalar_key() throws Exception {
        DataTable t = JsonTables.rows(json("[{\"code\":\"PAK\",\"v\":1,\"nested\":{}},{\"code\":\"IND\",\"w\":2}]"));
        assertThat(t.columns()).containsExactly("code", "v", "w");
        assertThat(t.rows())
                .containsExactly(
                        Arrays.asList("PAK", new BigDecimal("1"), null),
                        Arrays.asList("IND", null, new BigDecimal("2")));
        assertThatThrownBy(() -> JsonTables.rows(json("{}"))).hasMessageContaining("not a JSON array");
        assertThatThrownBy(() -> JsonTables.rows(json("[1]"))).hasMessageContaining("not an object");
    }
}
