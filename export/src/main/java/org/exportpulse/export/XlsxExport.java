package org.exportpulse.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.exportpulse.core.series.Observation;
import org.exportpulse.core.series.Series;

/** A series as an Excel workbook: a "values" sheet (numbers as numeric cells) and a "series" sheet of metadata. */
final class XlsxExport {

    private XlsxExport() {}

    static void write(SeriesExport export, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.getProperties().getCoreProperties().setCreator("ExportPulse");
            Sheet values = workbook.createSheet("values");
            textRow(values.createRow(0), SeriesExport.COLUMNS);
            int r = 1;
            for (Observation o : export.observations()) {
                Row row = values.createRow(r++);
                textRow(row, SeriesExport.textCells(export.series(), o));
                row.createCell(2).setCellValue(o.value().doubleValue());
                row.getCell(5).setCellValue(o.vintage());
            }
            Sheet about = workbook.createSheet("series");
            Series s = export.series();
            String[][] metadata = {
                {"id", s.id()},
                {"title", CellText.text(s.title())},
                {"unit", s.unit().toString()},
                {"frequency", s.frequency().code()},
                {"kind", s.kind().code()},
                {"publisher", CellText.text(s.publisher())},
                {"definition", CellText.text(s.definition())}
            };
            for (int i = 0; i < metadata.length; i++) {
                textRow(about.createRow(i), List.of(metadata[i]));
            }
            workbook.write(out);
        }
    }

    private static void textRow(Row row, List<String> cells) {
        for (int c = 0; c < cells.size(); c++) {
            if (cells.get(c) != null) {
                row.createCell(c).setCellValue(cells.get(c));
            }
        }
    }
}
