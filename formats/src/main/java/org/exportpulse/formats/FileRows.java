package org.exportpulse.formats;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The observations of one file, in file order: a repeat of the same series, period and vintage is
 * dropped when its value is equal and reported as a conflict when it differs.
 */
public final class FileRows {

    private final Problems problems;
    private final Map<String, IncomingObservation> byKey = new LinkedHashMap<>();

    public FileRows(Problems problems) {
        this.problems = problems;
    }

    public void add(IncomingObservation o) {
        String key = o.seriesId() + "|" + o.period().code() + "|" + o.vintage();
        IncomingObservation earlier = byKey.putIfAbsent(key, o);
        if (earlier != null && earlier.value().compareTo(o.value()) != 0) {
            String vintage = o.vintage() == null ? "" : " vintage " + o.vintage();
            problems.add(
                    o.file(),
                    o.line(),
                    "value",
                    "conflicts with line " + earlier.line() + ": " + o.seriesId() + " "
                            + o.period().code() + vintage + " is " + o.value().toPlainString() + " here and "
                            + earlier.value().toPlainString() + " there (expected one value per series, period"
                            + (o.vintage() == null ? ")" : " and vintage)"));
        }
    }

    /**
     * @throws IngestException when any problem was found in the file
     */
    public List<IncomingObservation> result() {
        problems.throwIfAny();
        return new ArrayList<>(byKey.values());
    }
}
