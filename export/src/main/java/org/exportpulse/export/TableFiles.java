package org.exportpulse.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a {@link DataTable} as CSV (RFC 4180, header first), as an XLSX workbook of one sheet
 * (numbers as numeric cells), or as a JSON array of objects keyed by column. Text cells a
 * spreadsheet would run as formulas are neutralised in CSV and XLSX ({@link CellText}); the output
 * depends only on the table.
 */
public final class TableFiles {

    private static final JsonNodeFactory JSON = JsonNodeFactory.withExactBigDecimals(true);

    private TableFiles() {}

    public static void csv(DataTable table, Writer out) {
        CsvWriter csv = CsvWriter.builder().build(out);
        csv.writeRecord(table.columns());
        for (List<Object> row : table.rows()) {
            csv.writeRecord(row.stream().map(TableFiles::csvField).toList());
        }
        try {
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The workbook, with the table on a sheet named {@code sheetName} (at most 31 characters). */
    public static void xlsx(DataTable table, String sheetName, OutputStream out) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(500);
        try {
            workbook.getXSSFWorkbook().getProperties().getCoreProperties().setCreator("ExportPulse");
            Sheet sheet = workbook.createSheet(sheetName);
            Row header = sheet.createRow(0);
            for (int c = 0; c < table.columns().size(); c++) {
                header.createCell(c).setCellValue(table.columns().get(c));
            }
            int r = 1;
            for (List<Object> cells : table.rows()) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < cells.size(); c++) {
                    setCell(row, c, cells.get(c));
                }
            }
            workbook.write(out);
        } finally {
            workbook.dispose();
            workbook.close();
        }
    }

    /** {@code [{column: cell, …}, …]}, numbers as JSON numbers. */
    public static ArrayNode json(DataTable table) {
        ArrayNode array = JSON.arrayNode();
        for (List<Object> row : table.rows()) {
            ObjectNode n = array.addObject();
            for (int c = 0; c < row.size(); c++) {
                Object cell = row.get(c);
                String name = table.columns().get(c);
                if (cell == null) {
                    n.putNull(name);
                } else if (cell instanceof BigDecimal d) {
                    n.put(name, d);
                } else if (cell instanceof Integer i) {
                    n.put(name, i);
                } else if (cell instanceof Double d) {
                    if (Double.isFinite(d)) {
                        n.put(name, d);
                    } else {
                        n.putNull(name);
                    }
                } else if (cell instanceof Boolean b) {
                    n.put(name, b);
                } else {
                    n.put(name, (String) cell);
                }
            }
        }
        return array;
    }

    private static String csvField(Object cell) {
        if (cell == null) {
            return "";
        }
        if (cell instanceof BigDecimal d) {
            return d.toPlainString();
        }
        return cell instanceof String s ? CellText.text(s) : cell.toString();
    }

    private static void setCell(Row row, int column, Object value) {
        if (value == null || value instanceof Double d && !Double.isFinite(d)) {
            return;
        }
        Cell cell = row.createCell(column);
        if (value instanceof BigDecimal d) {
            cell.setCellValue(d.doubleValue());
        } else if (value instanceof Number n) {
            cell.setCellValue(n.doubleValue());
        } else if (value instanceof Boolean b) {
            cell.setCellValue(b);
        } else {
            cell.setCellValue(CellText.text((String) value));
        }
    }
}
