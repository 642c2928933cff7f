package org.exportpulse.update;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.exportpulse.core.series.Series;
import org.exportpulse.formats.Batch;
import org.exportpulse.formats.IncomingObservation;
import org.exportpulse.store.IngestReport;
import org.exportpulse.store.SeriesStore;

/**
 * Fetches from every source asked for and stores what is new in one ingest: all of it, or, when any
 * source fails, nothing. A value equal to the stored current one adds nothing; a different one
 * becomes the next vintage, dated by the publisher's release date where the answer gives one.
 */
public final class Updater {

    private Updater() {}

    /**
     * @param since keep values of periods ending on or after this day's month; {@code null} keeps all
     * @param dryRun report what would be stored, and store nothing
     * @throws UpdateFailed when a source fails; the store is unchanged
     */
    public static UpdateResult run(
            List<Source> sources, SeriesStore store, LocalDate since, boolean dryRun, Instant now) {
        SourceRequest request = new SourceRequest(store.allSeries(), since, now);
        List<SourceResult> results = new ArrayList<>();
        List<SourceFailure> failures = new ArrayList<>();
        for (Source source : sources) {
            try {
                results.add(source.fetch(request));
            } catch (SourceFailure e) {
                failures.add(e);
            }
        }
        if (!failures.isEmpty()) {
            throw new UpdateFailed(
                    failures, results.stream().map(SourceResult::source).toList());
        }
        Batch batch = merged(results, since);
        String description = "update from " + sources.stream().map(Source::name).collect(Collectors.joining(", "));
        IngestReport report = dryRun ? store.preview(batch, description, now) : store.ingest(batch, description, now);
        return new UpdateResult(results, report, dryRun);
    }

    private static Batch merged(List<SourceResult> results, LocalDate since) {
        List<Series> series = new ArrayList<>();
        List<IncomingObservation> observations = new ArrayList<>();
        for (SourceResult r : results) {
            series.addAll(r.batch().series());
            r.batch().observations().stream()
                    .filter(o -> since == null || !o.period().last().isBefore(YearMonth.from(since)))
                    .forEach(observations::add);
        }
        return new Batch(series, observations);
    }
}
