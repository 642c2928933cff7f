package org.exportpulse.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

class BulkArchiveTest {

    private static final Instant CHANGED = Instant.parse("2026-03-20T10:15:30Z");

    private static Map<String, DataTable> files() {
        Map<String, DataTable> files = new LinkedHashMap<>();
        files.put(
                "a.csv",
                DataTable.with("period", "value")
                        .row("2025-01", new BigDecimal("348"))
                        .row("2025-02", null)
                        .build());
        files.put("b.csv", DataTable.with("note").row("two\nlines, quoted").build());
        return files;
    }

    private static byte[] archive(Map<String, DataTable> files, Instant changed) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BulkArchive.write(files, changed, "test", out);
        return out.toByteArray();
    }

    @Test
    void the_manifest_comes_first_and_the_files_hold_the_tables_as_csv() throws IOException {
        List<String> names = new ArrayList<>();
        List<String> bodies = new ArrayList<>();
        List<Long> times = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(archive(files(), CHANGED)))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                names.add(e.getName());
                bodies.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                times.add(e.getLastModifiedTime().toMillis());
            }
        }
        assertThat(names).containsExactly("manifest.json", "a.csv", "b.csv");
        assertThat(bodies.get(1)).isEqualTo("period,value\r\n2025-01,348\r\n2025-02,\r\n");
        assertThat(bodies.get(0))
                .contains("\"last_changed\" : \"2026-03-20T10:15:30Z\"", "\"name\" : \"b.csv\"", "\"rows\" : 1");
        assertThat(times).containsOnly(CHANGED.toEpochMilli());
    }

    @Test
    void the_same_tables_and_time_give_the_same_bytes_and_a_new_time_other_bytes() throws IOException {
        assertThat(archive(files(), CHANGED)).isEqualTo(archive(files(), CHANGED));
        assertThat(archive(files(), CHANGED.plusSeconds(1))).isNotEqualTo(archive(files(), CHANGED));
    }

    @Test
    void tables_with_other_columns_are_not_joined() {
        DataTable a = DataTable.with("x").row(1).build();
        DataTable b = DataTable.with("y").row(2).build();
        assertThat(DataTable.concat(List.of(a, a)).rows()).hasSize(2);
        assertThatThrownBy(() -> DataTable.concat(List.of(a, b))).hasMessageContaining("different columns");
        assertThatThrownBy(() -> DataTable.concat(List.of())).hasMessageContaining("no tables");
    }

    @Test
    void doubles_and_booleans_are_cells_and_a_value_that_is_not_finite_is_missing_in_json() {
        DataTable t =
                DataTable.with("x", "ok").row(1.5, true).row(Double.NaN, false).build();
        assertThat(TableFiles.json(t).toString()).isEqualTo("[{\"x\":1.5,\"ok\":true},{\"x\":null,\"ok\":false}]");
        assertThatThrownBy(() -> DataTable.with("x").row(1L).build()).hasMessageContaining("type Long");
    }
}
