package org.exportpulse.formats;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.exportpulse.core.series.PublicByBasis;
import org.exportpulse.core.series.Series;
import org.exportpulse.formats.easydata.EasyDataCsvReader;
import org.exportpulse.formats.easydata.EasyDataJsonReader;
import org.exportpulse.formats.tidy.TidyObservationReader;
import org.exportpulse.formats.tidy.TidySeriesReader;
import org.exportpulse.formats.wdi.WdiReader;

/**
 * Reads the files of one ingest into one {@link Batch}: series files first (so observations may
 * name the series they define), then observations in every format, then the options' defaults.
 * Problems from all files are reported together; any problem means no batch.
 */
public final class Ingestion {

    private Ingestion() {}

    /**
     * @param stored series already in the store
     * @throws IngestException listing the problems of every file (the first {@link Problems#LIMIT})
     */
    public static Batch read(List<NamedInput> files, IngestOptions options, List<Series> stored) throws IOException {
        ProblemsAcrossFiles problems = new ProblemsAcrossFiles();
        Definitions d = Definitions.read(files, options, stored, problems);
        List<IncomingObservation> observations = new ArrayList<>(d.wdiObservations());
        for (NamedInput file : files) {
            FileFormat format = d.formats().get(file);
            if (d.holdsObservations(file)) {
                problems.collect(() -> observations.addAll(readObservations(file, format, d.lookup())));
            }
        }
        problems.throwIfAny();
        Batch batch = new Batch(
                d.series(),
                observations.stream().map(o -> withDefaults(o, options)).toList());
        requireTextsFit(batch, files);
        return batch;
    }

    /**
     * What an ingest reads before its observation files: each file's format, the series its series
     * and WDI files define (with the WDI files' observations) and the lookup rows name series by.
     */
    private record Definitions(
            Map<NamedInput, FileFormat> formats,
            List<Series> series,
            List<IncomingObservation> wdiObservations,
            SeriesLookup lookup) {

        /** Reads the series and WDI files of {@code files}; their problems go to {@code problems}. */
        static Definitions read(
                List<NamedInput> files, IngestOptions options, List<Series> stored, ProblemsAcrossFiles problems)
                throws IOException {
            Map<NamedInput, FileFormat> formats = new HashMap<>();
            for (NamedInput file : files) {
                formats.put(file, options.format() != null ? options.format() : FileFormat.detect(file));
            }
            List<Series> series = new ArrayList<>();
            List<IncomingObservation> wdi = new ArrayList<>();
            for (NamedInput file : files) {
                if (formats.get(file) == FileFormat.TIDY_SERIES) {
                    problems.collect(() -> series.addAll(TidySeriesReader.read(file)));
                } else if (formats.get(file) == FileFormat.WDI) {
                    problems.collect(() -> {
                        Batch read = WdiReader.read(file, options.aggregateEconomies());
                        series.addAll(read.series());
                        wdi.addAll(read.observations());
                    });
                }
            }
            Map<String, Series> known = new LinkedHashMap<>();
            stored.forEach(s -> known.put(s.id(), s));
            series.forEach(s -> known.put(s.id(), s));
            return new Definitions(formats, series, wdi, new SeriesLookup(known, options.seriesId()));
        }

        /** Whether {@code file} is an observation file (not a series or WDI file, read already). */
        boolean holdsObservations(NamedInput file) {
            FileFormat format = formats.get(file);
            return format != FileFormat.TIDY_SERIES && format != FileFormat.WDI;
        }
    }

    /** The observations of an ingest, read when asked, a file at a time. */
    @FunctionalInterface
    public interface Feed {
        /**
         * Hands every valid observation to {@code sink}, in file order.
         *
         * @throws IngestException at the end, listing the problems of every file (rows with problems
         *     are not handed on; the caller discards what it wrote)
         */
        void forEach(Consumer<IncomingObservation> sink) throws IOException;
    }

    /**
     * An ingest read in bounded memory: its series (read first, whole) and its observations as a
     * {@link Feed}. Tidy observation files are streamed a row at a time; other formats are read
     * whole, one file at a time. Repeats within a file are left to the store to tell from revisions.
     */
    public record Streamed(List<Series> series, Feed observations) {}

    /**
     * Reads the series of {@code files} now and their observations when the feed is run.
     *
     * @throws IngestException listing the problems of the series files
     */
    public static Streamed stream(List<NamedInput> files, IngestOptions options, List<Series> stored)
            throws IOException {
        ProblemsAcrossFiles seriesProblems = new ProblemsAcrossFiles();
        Definitions d = Definitions.read(files, options, stored, seriesProblems);
        seriesProblems.throwIfAny();
        String seriesFiles =
                String.join(", ", files.stream().map(NamedInput::name).toList());
        Problems seriesLimits = new Problems();
        d.series().forEach(s -> TextLimits.check(s, seriesFiles, 0, seriesLimits));
        seriesLimits.throwIfAny();
        Feed feed = sink -> {
            ProblemsAcrossFiles problems = new ProblemsAcrossFiles();
            Consumer<IncomingObservation> checked = o -> {
                IncomingObservation given = withDefaults(o, options);
                if (TextLimits.check(given, problems.problems())) {
                    sink.accept(given);
                }
            };
            d.wdiObservations().forEach(checked);
            for (NamedInput file : files) {
                FileFormat format = d.formats().get(file);
                if (format == FileFormat.TIDY) {
                    problems.collect(
                            () -> TidyObservationReader.stream(file, d.lookup()::byId, problems.problems(), checked));
                } else if (d.holdsObservations(file)) {
                    problems.collect(
                            () -> readObservations(file, format, d.lookup()).forEach(checked));
                }
            }
            problems.throwIfAny();
        };
        return new Streamed(d.series(), feed);
    }

    /** Refuses, with file, line and field, texts longer than the store holds. */
    private static void requireTextsFit(Batch batch, List<NamedInput> files) {
        Problems problems = new Problems();
        String seriesFiles =
                String.join(", ", files.stream().map(NamedInput::name).toList());
        for (Series s : batch.series()) {
            TextLimits.check(s, seriesFiles, 0, problems);
        }
        for (IncomingObservation o : batch.observations()) {
            TextLimits.check(o, problems);
        }
        problems.throwIfAny();
    }

    private static List<IncomingObservation> readObservations(NamedInput file, FileFormat format, SeriesLookup lookup)
            throws IOException {
        return switch (format) {
            case TIDY -> TidyObservationReader.read(file, lookup::byId);
            case EASYDATA_JSON -> EasyDataJsonReader.read(file, lookup);
            case EASYDATA_CSV -> EasyDataCsvReader.read(file, lookup);
            default ->
                throw IngestException.of(
                        file.name(), 0, "", "the " + format.code() + " format cannot be read yet (expected tidy CSV)");
        };
    }

    private static IncomingObservation withDefaults(IncomingObservation o, IngestOptions options) {
        boolean addSource = o.sources().isEmpty() && options.source() != null;
        boolean addDate = o.publicBy() == null && options.released() != null;
        if (!addSource && !addDate) {
            return o;
        }
        return new IncomingObservation(
                o.seriesId(),
                o.period(),
                o.value(),
                o.status(),
                o.vintage(),
                addDate ? options.released() : o.publicBy(),
                addDate ? PublicByBasis.SOURCE : o.publicByBasis(),
                addSource ? List.of(options.source()) : o.sources(),
                o.note(),
                o.file(),
                o.line());
    }
}
