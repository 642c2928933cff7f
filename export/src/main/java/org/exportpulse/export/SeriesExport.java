package org.exportpulse.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import org.exportpulse.core.series.Observation;
import org.exportpulse.core.series.Series;

/**
 * A series and the observations to export, written as CSV, XLSX or JSON. Every row carries its
 * period, value, unit, status, vintage, public-by date, sources, note and, for a derived month, its
 * arithmetic. Numbers are written as numbers; text cells a spreadsheet would run as formulas are
 * neutralised ({@link CellText}). The output depends only on the data (no timestamps).
 */
public record SeriesExport(Series series, List<Observation> observations) {

    /** Column names of the CSV and the XLSX values sheet. */
    static final List<String> COLUMNS = List.of(
            "series",
            "period",
            "value",
            "unit",
            "status",
            "vintage",
            "public_by",
            "public_by_basis",
            "sources",
            "note",
            "derivation");

    public SeriesExport {
        observations = List.copyOf(observations);
    }

    public void write(ExportFormat format, OutputStream out) throws IOException {
        switch (format) {
            case CSV -> CsvExport.write(this, out);
            case XLSX -> XlsxExport.write(this, out);
            case JSON -> JsonExport.write(this, out);
        }
    }

    /** The text cells of a row, in {@link #COLUMNS} order, with the value as {@code null} (a number). */
    static List<String> textCells(Series series, Observation o) {
        return Arrays.asList(
                series.id(),
                o.period().code(),
                null,
                series.unit().toString(),
                o.status().code(),
                Integer.toString(o.vintage()),
                o.publicBy() == null ? "" : o.publicBy().toString(),
                o.publicByBasis() == null ? "" : o.publicByBasis().code(),
                CellText.text(String.join(" ; ", o.sources())),
                CellText.text(o.note()),
                o.derivation() == null
                        ? ""
                        : CellText.text(o.derivation().rule().code() + ": "
                                + o.derivation().arithmetic()));
    }

    /**
     * The observations of several series as one long table in {@link #COLUMNS} order (value a
     * number, vintage a whole number), series after series: the rows of their CSV exports under one
     * header.
     */
    public static DataTable table(List<SeriesExport> exports) {
        DataTable.Builder table = DataTable.with(COLUMNS.toArray(String[]::new));
        for (SeriesExport export : exports) {
            for (Observation o : export.observations()) {
                Object[] cells = textCells(export.series(), o).toArray();
                cells[2] = o.value();
                cells[5] = o.vintage();
                table.row(cells);
            }
        }
        return table.build();
    }
}
