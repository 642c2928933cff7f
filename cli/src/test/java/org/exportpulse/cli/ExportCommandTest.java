package org.exportpulse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code pulse export} to real CSV, XLSX and JSON files, read back with the libraries users would use. */
class ExportCommandTest {

    @TempDir
    Path home;

    @TempDir
    Path out;

    /** A series whose note starts with "=", as a hostile file could make it. */
    private void ingestFormulaNote() throws Exception {
        Path file = Files.writeString(
                out.resolve("in.csv"),
                "series,period,value,note\npk.ict.exports,2026-03,401,\"=HYPERLINK(\"\"http://x\"\",\"\"x\"\")\"\n");
        assertThat(PulseRun.in(home, "ingest", file.toString()).exitCode()).isZero();
    }

    @Test
    void csv_has_one_row_per_value_and_neutralises_formula_text() throws Exception {
        ingestFormulaNote();
        Path csv = out.resolve("ict.csv");
        PulseRun run = PulseRun.in(home, "export", "pk.ict.exports", "-o", csv.toString(), "--from", "2024-06");
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertThat(lines.get(0))
                .isEqualTo("series,period,value,unit,status,vintage,public_by,public_by_basis,sources,note,derivation");
        assertThat(lines)
                .anySatisfy(l -> assertThat(l).startsWith("pk.ict.exports,2024-06,298,USD million,derived,1,"));
        assertThat(lines)
                .anySatisfy(l ->
                        assertThat(l).startsWith("pk.ict.exports,2026-03,401,").contains("'=HYPERLINK"));
    }

    @Test
    void xlsx_writes_numbers_as_numbers_and_formula_text_as_text() throws Exception {
        ingestFormulaNote();
        Path xlsx = out.resolve("ict.xlsx");
        assertThat(PulseRun.in(home, "export", "pk.ict.exports", "-o", xlsx.toString())
                        .exitCode())
                .isZero();
        try (InputStream in = Files.newInputStream(xlsx);
                XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet values = workbook.getSheet("values");
            Row dec2025 = null;
            Row mar2026 = null;
            for (Row row : values) {
                String period = row.getCell(1).getStringCellValue();
                dec2025 = period.equals("2025-12") ? row : dec2025;
                mar2026 = period.equals("2026-03") ? row : mar2026;
            }
            assertThat(dec2025.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(dec2025.getCell(2).getNumericCellValue()).isEqualTo(437.0);
            assertThat(mar2026.getCell(9).getCellType()).isEqualTo(CellType.STRING);
            assertThat(mar2026.getCell(9).getStringCellValue()).startsWith("'=HYPERLINK");
            assertThat(workbook.getSheet("series").getRow(0).getCell(1).getStringCellValue())
                    .isEqualTo("pk.ict.exports");
        }
    }

    @Test
    void json_carries_metadata_and_derivations() throws Exception {
        Path json = out.resolve("ict.json");
        assertThat(PulseRun.in(
                                home,
                                "export",
                                "pk.ict.exports",
                                "-o",
                                json.toString(),
                                "--from",
                                "2025-05",
                                "--to",
                                "2025-05")
                        .exitCode())
                .isZero();
        JsonNode root = new ObjectMapper().readTree(json.toFile());
        assertThat(root.at("/series/unit").asText()).isEqualTo("USD million");
        assertThat(root.at("/observations/0/derivation/rule").asText()).isEqualTo("fiscal_year_remainder");
    }

    @Test
    void the_same_data_gives_the_same_file() throws Exception {
        Path a = out.resolve("a.csv");
        Path b = out.resolve("b.csv");
        PulseRun.in(home, "export", "pk.ict.exports", "-o", a.toString());
        PulseRun.in(home, "export", "pk.ict.exports", "-o", b.toString());
        assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b));
    }

    @Test
    void an_unknown_format_exits_2_and_writes_nothing() {
        PulseRun run = PulseRun.in(
                home, "export", "pk.ict.exports", "-o", out.resolve("ict.ods").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("expected csv, xlsx or json");
        assertThat(out.resolve("ict.ods")).doesNotExist();
    }
}
