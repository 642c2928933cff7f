package org.exportpulse.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.exportpulse.core.series.Denominator;
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

    /** The columns of a tidy {@code series.csv}, as {@code pulse ingest} reads it. */
    public static final List<String> METADATA_COLUMNS = List.of(
            "id", "title", "unit", "frequency", "kind", "fiscal_year_start", "publisher", "definition", "share_of");

    /**
     * A series' row of a tidy {@code series.csv}, in {@link #METADATA_COLUMNS} order: the fiscal-year
     * start as two digits ({@code 07}), denominators joined by {@code ;}.
     */
    public static List<Object> metadataCells(Series s) {
        return List.of(
                s.id(),
                s.title(),
                s.unit().toString(),
                s.frequency().code(),
                s.kind().code(),
                String.format(Locale.ROOT, "%02d", s.calendar().firstMonth().getValue()),
                s.publisher(),
                s.definition(),
                String.join(";", s.shareOf().stream().map(Denominator::code).toList()));
    }
}
