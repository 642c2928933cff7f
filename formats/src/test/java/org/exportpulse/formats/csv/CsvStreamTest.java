package org.exportpulse.formats.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.exportpulse.formats.IngestException;
import org.exportpulse.formats.NamedInput;
import org.exportpulse.formats.Problems;
import org.junit.jupiter.api.Test;

/** {@link CsvTable#stream}: the same rows, lines and problems as a whole read, a row at a time. */
class CsvStreamTest {

    private static final Set<String> REQUIRED = Set.of("series", "value");

    private static List<String> streamed(byte[] bytes, Problems problems) throws Exception {
        List<String> rows = new ArrayList<>();
        CsvTable.stream(
                NamedInput.ofBytes("f.csv", bytes),
                REQUIRED,
                problems,
                (table, row) -> rows.add(row.line() + ":" + row.get("series") + "=" + row.get("value")));
        return rows;
    }

    @Test
    void rows_keep_their_lines_whatever_the_line_ends_and_a_byte_order_mark() throws Exception {
        byte[] text = "\uFEFFSeries,Value\r\na,1\rb,2\n\nc,\"3\"\r\n".getBytes(StandardCharsets.UTF_8);
        Problems problems = new Problems();
        assertThat(streamed(text, problems)).containsExactly("2:a=1", "3:b=2", "5:c=3");
        assertThat(problems.isEmpty()).isTrue();
        CsvTable whole = CsvTable.read(NamedInput.ofBytes("f.csv", text), REQUIRED);
        assertThat(whole.rows().stream().map(r -> r.line() + ":" + r.get("series") + "=" + r.get("value")))
                .containsExactly("2:a=1", "3:b=2", "5:c=3");
    }

    @Test
    void an_invalid_byte_far_into_a_file_is_reported_with_its_line() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("series,value\n".getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < 20_000; i++) {
            out.writeBytes(("s" + i + ",1.5\r\n").getBytes(StandardCharsets.UTF_8));
        }
        out.write(0xC3); // a lead byte followed by an ASCII digit: not UTF-8
        out.writeBytes("1,2\n".getBytes(StandardCharsets.UTF_8));
        byte[] bytes = out.toByteArray();
        assertThatThrownBy(() -> streamed(bytes, new Problems()))
                .isInstanceOf(IngestException.class)
                .hasMessageContaining("f.csv")
                .hasMessageContaining("20002")
                .hasMessageContaining("byte 0xC3 is not UTF-8");
        assertThatThrownBy(() -> CsvTable.read(NamedInput.ofBytes("f.csv", bytes), REQUIRED))
                .hasMessageContaining("20002")
                .hasMessageContaining("byte 0xC3 is not UTF-8");
    }

    @Test
    void rows_of_the_wrong_width_are_problems_and_are_not_handed_on() throws Exception {
        Problems problems = new Problems();
        List<String> rows = streamed("series,value\na,1\nb,2,3\nc\nd,4\n".getBytes(StandardCharsets.UTF_8), problems);
        assertThat(rows).containsExactly("2:a=1", "5:d=4");
        assertThatThrownBy(problems::throwIfAny)
                .isInstanceOf(IngestException.class)
                .hasMessageContaining("f.csv:3:")
                .hasMessageContaining("3 fields but the header has 2")
                .hasMessageContaining("f.csv:4:");
    }

    @Test
    void an_empty_file_a_missing_column_and_an_unclosed_quote_are_refused() {
        assertThatThrownBy(() -> streamed(new byte[0], new Problems())).hasMessageContaining("the file is empty");
        assertThatThrownBy(() -> streamed("series,amount\na,1\n".getBytes(StandardCharsets.UTF_8), new Problems()))
                .hasMessageContaining("lacks required column(s) value");
        assertThatThrownBy(
                        () -> streamed("series,value\na,1\nb,\"2\n".getBytes(StandardCharsets.UTF_8), new Problems()))
                .isInstanceOf(IngestException.class)
                .hasMessageContaining("malformed CSV");
    }
}
