package org.exportpulse.cli.command;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.exportpulse.cli.Pulse;
import org.exportpulse.core.series.Series;
import org.exportpulse.export.CellText;
import org.exportpulse.export.SeriesJson;
import org.exportpulse.store.SeriesFacts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code pulse series [QUERY] [--format table|json|csv]}: the series in the store. */
@Command(
        name = "series",
        description = "List the series in the store; QUERY keeps those whose id or title has every word.")
public final class SeriesCommand implements Callable<Integer> {

    @ParentCommand
    Pulse pulse;

    @Parameters(arity = "0..*", paramLabel = "QUERY", description = "Words to look for in ids and titles.")
    List<String> query = new ArrayList<>();

    @Mixin
    FormatOption.TableJsonOrCsv formatOption;

    /** One line of the listing. */
    record Entry(Series series, int values, String first, String last) {}

    @Override
    public Integer call() {
        java.util.Map<String, SeriesFacts> facts = pulse.store().facts(); // one pass, not a query per series
        List<Entry> entries = pulse.store().allSeries().stream()
                .filter(this::matches)
                .map(s -> entry(s, facts.get(s.id())))
                .toList();
        switch (formatOption.format) {
            case TABLE -> table(entries, pulse.out());
            case JSON -> Json.print(json(entries), pulse.out());
            case CSV -> csv(entries, pulse.out());
        }
        return 0;
    }

    private boolean matches(Series s) {
        String haystack = (s.id() + " " + s.title()).toLowerCase(Locale.ROOT);
        return query.stream()
                .flatMap(q -> Arrays.stream(q.toLowerCase(Locale.ROOT).split("\\s+")))
                .allMatch(haystack::contains);
    }

    private static Entry entry(Series s, SeriesFacts facts) {
        return facts == null || facts.periods() == 0
                ? new Entry(s, 0, "", "")
                : new Entry(s, facts.periods(), facts.firstPeriod(), facts.lastPeriod());
    }

    private static void table(List<Entry> entries, PrintWriter out) {
        String row = "%-38s %-11s %-12s %6s  %-17s %s%n";
        out.printf(row, "SERIES", "FREQUENCY", "UNIT", "VALUES", "FIRST – LAST", "TITLE");
        for (Entry e : entries) {
            Series s = e.series();
            out.printf(
                    row,
                    s.id(),
                    s.frequency().code(),
                    s.unit(),
                    e.values(),
                    e.values() == 0 ? "" : e.first() + " – " + e.last(),
                    s.title());
        }
        out.printf("%d series%n", entries.size());
    }

    private static ArrayNode json(List<Entry> entries) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        for (Entry e : entries) {
            ObjectNode n = SeriesJson.of(e.series());
            array.add(n);
            n.put("values", e.values());
            n.put("first", e.values() == 0 ? null : e.first());
            n.put("last", e.values() == 0 ? null : e.last());
        }
        return array;
    }

    private static void csv(List<Entry> entries, PrintWriter out) {
        CsvWriter csv = CsvWriter.builder().build(out);
        csv.writeRecord("id", "title", "unit", "frequency", "kind", "publisher", "values", "first", "last");
        for (Entry e : entries) {
            Series s = e.series();
            csv.writeRecord(
                    s.id(),
                    CellText.text(s.title()),
                    s.unit().toString(),
                    s.frequency().code(),
                    s.kind().code(),
                    CellText.text(s.publisher()),
                    Integer.toString(e.values()),
                    e.first(),
                    e.last());
        }
        CsvOutput.finish(csv, out);
    }
}
