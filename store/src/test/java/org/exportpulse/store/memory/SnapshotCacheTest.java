package org.exportpulse.store.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import org.exportpulse.core.series.Observation;
import org.exportpulse.core.series.Series;
import org.exportpulse.core.vintage.RealTimeValues;
import org.exportpulse.formats.Batch;
import org.exportpulse.formats.NamedInput;
import org.exportpulse.formats.tidy.TidyBundleReader;
import org.exportpulse.formats.tidy.TidyObservationReader;
import org.exportpulse.store.SeriesStore;
import org.exportpulse.store.jdbc.H2Location;
import org.exportpulse.store.jdbc.JdbcSeriesStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Snapshots answer as the store does, on the bundled data, and follow the store's changes. */
class SnapshotCacheTest {

    private static final Path BUNDLE = Path.of("..", "data", "pk-ict", "bundle");
    private static final Instant AT = Instant.parse("2026-03-01T10:00:00Z");

    @TempDir
    Path dir;

    private SeriesStore store;
    private final AtomicInteger vintageReads = new AtomicInteger();
    private final AtomicInteger seriesReads = new AtomicInteger();

    @BeforeEach
    void open() throws Exception {
        store = counting(JdbcSeriesStore.open(H2Location.dataSource(H2Location.url(dir))));
        store.ingest(
                TidyBundleReader.read(
                        NamedInput.of(BUNDLE.resolve("series.csv")),
                        NamedInput.of(BUNDLE.resolve("observations.csv")),
                        id -> Optional.empty()),
                "bundle",
                AT);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void current_values_of_every_bundled_series_are_the_stores() {
        StoreSnapshot snapshot = new SnapshotCache(store, SnapshotCache.DEFAULT_MAX_VINTAGES).now();
        assertThat(snapshot.series()).hasSize(store.allSeries().size());
        for (Series s : store.allSeries()) {
            assertThat(snapshot.current().series(s.id())).contains(s);
            assertThat(snapshot.current().currentObservations(s.id()))
                    .as(s.id())
                    .isEqualTo(store.currentObservations(s.id()));
        }
    }

    @Test
    void every_vintage_of_every_period_is_the_stores_in_one_read_per_series() {
        StoreSnapshot snapshot = new SnapshotCache(store, SnapshotCache.DEFAULT_MAX_VINTAGES).now();
        int revised = 0;
        for (Series s : store.allSeries()) {
            for (Observation o : store.currentObservations(s.id())) {
                List<Observation> vintages = snapshot.vintages(s.id(), o.period());
                assertThat(vintages).as("%s %s", s.id(), o.period()).isEqualTo(store.vintages(s.id(), o.period()));
                revised += vintages.size() > 1 ? 1 : 0;
            }
        }
        assertThat(revised).as("periods with more than one vintage compared").isGreaterThan(10);
        assertThat(vintageReads.get())
                .as("one read per series")
                .isLessThanOrEqualTo(store.allSeries().size());
        int readsBefore = vintageReads.get();
        snapshot.vintages("pk.ict.exports", org.exportpulse.core.time.CalendarMonth.of(2024, 11));
        assertThat(vintageReads.get()).as("a held series costs no query").isEqualTo(readsBefore);
        assertThat(snapshot.vintages("pk.ict.exports", org.exportpulse.core.time.CalendarMonth.of(1990, 1)))
                .isEmpty();
        assertThat(snapshot.vintages("no.such.series", org.exportpulse.core.time.CalendarMonth.of(2024, 11)))
                .isEmpty();
        for (Series s : store.allSeries()) {
            assertThat(snapshot.allVintages(s.id())).as(s.id()).isEqualTo(store.allVintages(s.id()));
        }
        assertThat(snapshot.allVintages("no.such.series")).isEmpty();
    }

    @Test
    void values_as_of_every_release_date_and_the_day_before_are_the_stores() {
        StoreSnapshot snapshot = new SnapshotCache(store, SnapshotCache.DEFAULT_MAX_VINTAGES).now();
        int compared = 0;
        for (Series s : store.allSeries()) {
            TreeSet<LocalDate> days = new TreeSet<>();
            for (LocalDate release : RealTimeValues.releaseDates(store.allVintages(s.id()))) {
                days.add(release);
                days.add(release.minusDays(1));
            }
            for (LocalDate day : days) {
                List<Observation> expected = store.asOf(day).currentObservations(s.id());
                assertThat(snapshot.asOf(day).currentObservations(s.id()))
                        .as(s.id() + " as of " + day)
                        .isEqualTo(expected);
                compared += expected.size();
            }
        }
        assertThat(compared).as("values compared").isGreaterThan(1_000);
    }

    @Test
    void a_series_is_read_once_per_state_and_again_after_the_store_changes() throws Exception {
        SnapshotCache cache = new SnapshotCache(store, SnapshotCache.DEFAULT_MAX_VINTAGES);
        String id = "pk.ict.exports";
        List<Observation> before = cache.now().current().currentObservations(id);
        cache.now().asOf(LocalDate.of(2025, 1, 1)).currentObservations(id);
        assertThat(vintageReads).hasValue(1);
        assertThat(cache.now()).isSameAs(cache.now());

        Observation last = before.get(before.size() - 1);
        String revised = last.value().add(java.math.BigDecimal.ONE).toPlainString();
        store.ingest(
                new Batch(
                        List.of(),
                        TidyObservationReader.read(
                                NamedInput.ofBytes(
                                        "revision.csv",
                                        ("series,period,value\n" + id + ","
                                                        + last.period().code() + "," + revised + "\n")
                                                .getBytes(StandardCharsets.UTF_8)),
                                store::series)),
                "revision",
                AT.plusSeconds(3600));

        List<Observation> after = cache.now().current().currentObservations(id);
        assertThat(vintageReads).hasValue(2);
        assertThat(after.get(after.size() - 1).value()).isEqualByComparingTo(revised);
        assertThat(after.get(after.size() - 1).vintage()).isEqualTo(last.vintage() + 1);
    }

    @Test
    void a_snapshot_named_after_an_older_state_keeps_nothing() {
        SnapshotCache cache = new SnapshotCache(store, SnapshotCache.DEFAULT_MAX_VINTAGES);
        Optional<Instant> older = Optional.of(Instant.EPOCH);
        StoreSnapshot stale = cache.at(older);
        assertThat(stale.stable()).isFalse();
        stale.current().currentObservations("pk.ict.exports");
        stale.current().currentObservations("pk.ict.exports");
        assertThat(vintageReads).hasValue(2);
        assertThat(cache.at(older)).isNotSameAs(stale);
    }

    @Test
    void beyond_its_bound_the_least_recently_used_series_is_dropped_and_read_again() {
        int flagship = store.allVintages("pk.ict.exports").size();
        vintageReads.set(0);
        StoreSnapshot snapshot = new SnapshotCache(store, flagship).now();
        snapshot.current().currentObservations("pk.ict.exports");
        snapshot.current().currentObservations("pk.ict.exports");
        assertThat(vintageReads).hasValue(1);
        snapshot.current().currentObservations("pk.pbs.goods.exports"); // pushes the flagship out
        snapshot.current().currentObservations("pk.ict.exports");
        assertThat(vintageReads).hasValue(3);
    }

    @Test
    void an_unknown_series_has_no_values_and_costs_no_query() {
        StoreSnapshot snapshot = new SnapshotCache(store, 10).now();
        assertThat(snapshot.current().series("no.such.series")).isEmpty();
        assertThat(snapshot.asOf(LocalDate.of(2025, 1, 1)).currentObservations("no.such.series"))
                .isEmpty();
        assertThat(vintageReads).hasValue(0);
    }

    @Test
    void requests_arriving_together_after_a_change_read_the_series_list_and_each_series_once() throws Exception {
        SnapshotCache cache = new SnapshotCache(store, SnapshotCache.DEFAULT_MAX_VINTAGES);
        Optional<Instant> changed = store.lastChanged();
        int threads = 16;
        java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(threads);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        seriesReads.set(0);
        vintageReads.set(0);
        try {
            List<java.util.concurrent.Future<List<Observation>>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < threads; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return cache.at(changed).current().currentObservations("pk.ict.exports");
                }));
            }
            for (var answer : answers) {
                assertThat(answer.get()).isEqualTo(store.currentObservations("pk.ict.exports"));
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(seriesReads).as("the series list, read for the new state").hasValue(1);
        assertThat(vintageReads).as("the flagship's vintages").hasValue(1);
    }

    @Test
    void a_bound_below_one_vintage_is_refused() {
        assertThatThrownBy(() -> new SnapshotCache(store, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("expected 1 or more");
    }

    /** {@code store}, counting its reads of a series' vintages. */
    private SeriesStore counting(SeriesStore store) {
        return (SeriesStore) Proxy.newProxyInstance(
                SeriesStore.class.getClassLoader(), new Class<?>[] {SeriesStore.class}, (proxy, method, args) -> {
                    if (method.getName().equals("allVintages")) {
                        vintageReads.incrementAndGet();
                    }
                    if (method.getName().equals("allSeries")) {
                        seriesReads.incrementAndGet();
                    }
                    try {
                        return method.invoke(store, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
