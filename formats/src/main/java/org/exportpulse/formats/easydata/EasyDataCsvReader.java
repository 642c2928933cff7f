package org.exportpulse.formats.easydata;

import java.io.IOException;
import java.util.List;
import org.exportpulse.formats.FileRows;
import org.exportpulse.formats.IncomingObservation;
import org.exportpulse.formats.NamedInput;
import org.exportpulse.formats.Problems;
import org.exportpulse.formats.SeriesLookup;
import org.exportpulse.formats.csv.CsvTable;

/**
 * Reads an SBP EasyData series response downloaded as CSV: the JSON response's column names as
 * header ({@code Series Key}, {@code Observation Date}, {@code Observation Value}, {@code Unit},
 * {@code Observation Status}, {@code Status Comments}), rows newest first, often with bare CR line
 * ends.
 */
public final class EasyDataCsvReader {

    private EasyDataCsvReader() {}

    /**
     * @throws org.exportpulse.formats.IngestException listing every problem
     */
    public static List<IncomingObservation> read(NamedInput input, SeriesLookup lookup) throws IOException {
        CsvTable table = CsvTable.read(input, EasyDataRows.REQUIRED);
        Problems problems = new Problems();
        FileRows rows = new FileRows(problems);
        for (CsvTable.Row row : table.rows()) {
            IncomingObservation o = EasyDataRows.parse(table.file(), row.line(), row::get, lookup, problems);
            if (o != null) {
                rows.add(o);
            }
        }
        return rows.result();
    }
}
