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

    @Nested
    class OnH2 extends ObservationSourceContract {
        @TempDir
        Path dir;

        private SeriesStore store;

        @Override
        protected ObservationSource sourceWith(List<Series> series, Map<String, List<Observation>> observations) {
            store = filled(H2SeriesStoreTest.openAt(dir), series, observations);
            return store;
        }

        @Override
        protected void release() {
            store.close();
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
    class AsOfADateAfterEveryRelease extends ObservationSourceContract {
        @TempDir
        Path dir;

        private SeriesStore store;

        @Override
        protected ObservationSource sourceWith(List<Series> series, Map<String, List<Observation>> observations) {
            store = filled(H2SeriesStoreTest.openAt(dir), series, observations);
            return store.asOf(LocalDate.of(2030, 1, 1));
        }

        @Override
        protected void release() {
            store.close();
        }
    }

    @Nested
    class ThroughASnapshot extends ObservationSourceContract {
        @TempDir
        Path dir;

        private SeriesStore store;

        @Override
        protected ObservationSource sourceWith(List<Series> series, Map<String, List<Observation>> observations) {
            store = filled(H2SeriesStoreTest.openAt(dir), series, observations);
            return new SnapshotCache(store, 1_000).now().current();
        }

        @Override
        protected void release() {
            store.close();
        }
    }

    @Nested
    class ThroughASnapshotAsOfADateAfterEveryRelease extends ObservationSourceContract {
        @TempDir
        Path dir;

        private SeriesStore store;

        @Override
        protected ObservationSource sourceWith(List<Series> series, Map<String, List<Observation>> observations) {
            store = filled(H2SeriesStoreTest.openAt(dir), series, observations);
            return new SnapshotCache(store, 1).now().asOf(LocalDate.of(2030, 1, 1));
        }

        @Override
        protected void release() {
            store.close();
        }
    }
}
