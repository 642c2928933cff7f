package org.exportpulse.formats.tidy;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.exportpulse.core.series.Series;
import org.exportpulse.formats.Batch;
import org.exportpulse.formats.IncomingObservation;
import org.exportpulse.formats.NamedInput;

/**
 * Reads a tidy bundle: a {@code series.csv} and an {@code observations.csv} whose rows may name
 * those series or series already stored. The series file's definitions win over stored ones.
 */
public final class TidyBundleReader {

    private TidyBundleReader() {}

    /**
     * @param stored series already known to the store
     * @throws org.exportpulse.formats.IngestException for any problem in either file; nothing is
     *     returned in part
     */
    public static Batch read(
            NamedInput seriesFile, NamedInput observationsFile, Function<String, Optional<Series>> stored)
            throws IOException {
        List<Series> series = TidySeriesReader.read(seriesFile);
        Map<String, Series> byId = new HashMap<>();
        series.forEach(s -> byId.put(s.id(), s));
        Function<String, Optional<Series>> known =
                id -> Optional.ofNullable(byId.get(id)).or(() -> stored.apply(id));
        List<IncomingObservation> observations = TidyObservationReader.read(observationsFile, known);
        return new Batch(series, observations);
    }
}
