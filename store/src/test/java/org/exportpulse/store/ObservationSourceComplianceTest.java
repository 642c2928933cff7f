package org.exportpulse.store;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.exportpulse.core.series.Observation;
import org.exportpulse.core.series.ObservationSource;
import org.exportpulse.core.series.Series;
import org.exportpulse.core.testkit.ObservationSourceContract;
import org.exportpulse.formats.Batch;
import org.exportpulse.formats.IncomingObservation;
import org.exportpulse.store.jdbc.JdbcSeriesStore;
import org.exportpulse.store.jdbc.StoreLocation;
import org.exportpulse.store.memory.SnapshotCache;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.io.TempDir;

/** Core's {@link ObservationSourceContract} for the store, on H2 and on a real PostgreSQL server, filled by an ingest. */
class ObservationSourceComplianceTest {

    private static final Instant AT = Instant.parse("2026-01-05T10:00:00Z");

    static SeriesStore filled(SeriesStore store, List<Series> series, Map<String, List<Observation>> observations) {
        List<IncomingObservation> incoming = new ArrayList<>();
        observations.forEach((id, values) -> values.forEach(o -> incoming.add(new IncomingObservation(
                id,
                o.period(),
                o.value(),
                o.status(),
                o.vintage(),
                o.publicBy(),
                o.publicByBasis(),
                o.sources(),
                o.note(),
                "contract.csv",
                incoming.size() + 2L))));
        store.ingest(new Batch(series, incoming), "contract", AT);
        return store;
    }

    /** The contract on an embedded store filled by an ingest, through {@link #view} of it. */
    abstract static class OnFilledH2 extends ObservationSourceContract {
        @TempDir
        Path dir;

        private SeriesStore store;

        /** What the contract runs on: the filled store itself, or a view of it. */
        abstract ObservationSource view(SeriesStore filled);

        @Override
        protected ObservationSource sourceWith(List<Series> series, Map<String, List<Observation>> observations) {
            store = filled(H2SeriesStoreTest.openAt(dir), series, observations);
            return view(store);
        }

        @Override
        protected void release() {
            store.close();
        }
    }

    @Nested
    class OnH2 extends OnFilledH2 {
        @Override
        ObservationSource view(SeriesStore filled) {
            return filled;
        }
    }

    @Nested
    class OnPostgres extends ObservationSourceContract {
        private SeriesStore store;

        @Override
        protected ObservationSource sourceWith(List<Series> series, Map<String, List<Observation>> observations)
                throws Exception {
            store = filled(
                    JdbcSeriesStore.open(StoreLocation.dataSource(PostgresTestDatabase.freshSchemaUrl("source"))),
                    series,
                    observations);
            return store;
        }

        @Override
        protected void release() {
            store.close();
        }
    }

    @Nested
    class ThroughOpeningStore extends ObservationSourceContract {
        @TempDir
        Path dir;

        private SeriesStore store;

        @Override
        protected ObservationSource sourceWith(List<Series> series, Map<String, List<Observation>> observations) {
            store = OpeningStore.start(() -> filled(H2SeriesStoreTest.openAt(dir), series, observations));
            return store;
        }

        @Override
        protected void release() {
            store.close();
        }
    }

    @Nested
    class AsOfADateAfterEveryRelease extends OnFilledH2 {
        @Override
        ObservationSource view(SeriesStore filled) {
            return filled.asOf(LocalDate.of(2030, 1, 1));
        }
    }

    @Nested
    class ThroughASnapshot extends OnFilledH2 {
        @Override
        ObservationSource view(SeriesStore filled) {
            return new SnapshotCache(filled, 1_000).now().current();
        }
    }

    @Nested
    class ThroughASnapshotAsOfADateAfterEveryRelease extends OnFilledH2 {
        @Override
        ObservationSource view(SeriesStore filled) {
            return new SnapshotCache(filled, 1).now().asOf(LocalDate.of(2030, 1, 1));
        }
    }
}
