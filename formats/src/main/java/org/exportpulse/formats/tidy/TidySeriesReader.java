package org.exportpulse.formats.tidy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.exportpulse.core.series.Denominator;
import org.exportpulse.core.series.Frequency;
import org.exportpulse.core.series.Series;
import org.exportpulse.core.series.SeriesId;
import org.exportpulse.core.series.SeriesKind;
import org.exportpulse.core.series.Unit;
import org.exportpulse.core.time.FiscalCalendar;
import org.exportpulse.formats.FieldParser;
import org.exportpulse.formats.NamedInput;
import org.exportpulse.formats.Problems;
import org.exportpulse.formats.TextLimits;
import org.exportpulse.formats.csv.CsvTable;

/**
 * Reads a tidy {@code series.csv}: {@code id,title,unit,frequency,kind} and optionally {@code
 * fiscal_year_start,publisher,definition,share_of}. A missing {@code fiscal_year_start} means
 * January.
 */
public final class TidySeriesReader {

    static final Set<String> REQUIRED = Set.of("id", "title", "unit", "frequency", "kind");

    private TidySeriesReader() {}

    /**
     * @return the series, in file order
     * @throws org.exportpulse.formats.IngestException listing every invalid field and duplicate id
     */
    public static List<Series> read(NamedInput input) throws IOException {
        CsvTable table = CsvTable.read(input, REQUIRED);
        Problems problems = new Problems();
        List<Series> series = new ArrayList<>();
        Map<String, Long> seen = new HashMap<>();
        for (CsvTable.Row row : table.rows()) {
            Series s = parse(table.file(), row, problems);
            if (s == null) {
                continue;
            }
            Long earlier = seen.putIfAbsent(s.id(), row.line());
            if (earlier != null) {
                problems.add(
                        table.file(),
                        row.line(),
                        "id",
                        "series " + s.id() + " is defined twice (first on line " + earlier
                                + "; expected one row per series)");
            } else {
                series.add(s);
            }
        }
        problems.throwIfAny();
        return series;
    }

    private static Series parse(String file, CsvTable.Row row, Problems problems) {
        FieldParser p = FieldParser.of(file, row, problems);
        String id = p.parse("id", SeriesId::requireValid);
        Unit unit = p.parse("unit", Unit::parse);
        Frequency frequency = p.parse("frequency", Frequency::parse);
        SeriesKind kind = p.parse("kind", SeriesKind::parse);
        String start = row.get("fiscal_year_start");
        FiscalCalendar calendar = start.isEmpty()
                ? FiscalCalendar.CALENDAR_YEAR
                : p.parse("fiscal_year_start", s -> FiscalCalendar.startingIn(Integer.parseInt(s)));
        List<Denominator> shareOf =
                p.parse("share_of", t -> Denominator.parseList(TextLimits.within(t, TextLimits.SHARE_OF)));
        String publisher = p.parse("publisher", t -> TextLimits.within(t, TextLimits.PUBLISHER));
        String definition = p.parse("definition", t -> TextLimits.within(t, TextLimits.DEFINITION));
        String title = p.parse("title", t -> TextLimits.within(t, TextLimits.TITLE));
        if ("".equals(title)) {
            problems.add(file, row.line(), "title", "empty (expected the series' title)");
        }
        if (!p.ok() || "".equals(title)) {
            return null;
        }
        return new Series(id, title, unit, frequency, kind, calendar, publisher, definition, shareOf);
    }
}
