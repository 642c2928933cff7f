package org.exportpulse.export;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.exportpulse.core.series.Observation;

/** A series as UTF-8 CSV with a header line. */
final class CsvExport {

    private CsvExport() {}

    static void write(SeriesExport export, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CsvWriter csv = CsvWriter.builder().build(writer);
        csv.writeRecord(SeriesExport.COLUMNS);
        for (Observation o : export.observations()) {
            List<String> cells = new ArrayList<>(SeriesExport.textCells(export.series(), o));
            cells.set(2, o.value().toPlainString());
            csv.writeRecord(cells);
        }
        csv.flush();
        writer.flush();
    }
}
