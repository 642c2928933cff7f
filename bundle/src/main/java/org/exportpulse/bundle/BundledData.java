package org.exportpulse.bundle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.function.Function;
import org.exportpulse.core.series.Series;
import org.exportpulse.formats.Batch;
import org.exportpulse.formats.NamedInput;
import org.exportpulse.formats.tidy.TidyBundleReader;

/**
 * The data shipped with ExportPulse: Pakistan's ICT exports and related series, every value with
 * its source and release (the repository's {@code data/pk-ict/bundle/}), read by the same tidy
 * reader that {@code pulse ingest} uses.
 */
public final class BundledData {

    /** Class-path folder of the bundle's {@code series.csv} and {@code observations.csv}. */
    public static final String FOLDER = "org/exportpulse/bundle/data/pk-ict/bundle/";

    private BundledData() {}

    /** How the bundle is named in messages and in the store's ingest log. */
    public static String description() {
        return "bundled data pk-ict/bundle (series.csv, observations.csv)";
    }

    /**
     * Reads and validates the bundle.
     *
     * @param stored series already in the store, for rows naming series outside the bundle
     * @throws org.exportpulse.formats.IngestException if the shipped files are invalid
     */
    public static Batch read(Function<String, Optional<Series>> stored) {
        try {
            return TidyBundleReader.read(
                    NamedInput.ofResource(BundledData.class, FOLDER + "series.csv"),
                    NamedInput.ofResource(BundledData.class, FOLDER + "observations.csv"),
                    stored);
        } catch (IOException e) {
            throw new UncheckedIOException("the bundled data cannot be read: " + e.getMessage(), e);
        }
    }
}
