package org.exportpulse.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.exportpulse.core.series.Observation;
import org.exportpulse.core.series.ObservationStatus;
import org.exportpulse.core.series.PublicByBasis;
import org.exportpulse.core.time.FiscalCalendar;
import org.exportpulse.core.time.Period;
import org.exportpulse.core.transform.MonthlyColumn;
import org.exportpulse.formats.Batch;
import org.exportpulse.formats.IncomingObservation;
import org.exportpulse.formats.IngestException;
import org.exportpulse.formats.NamedInput;
import org.exportpulse.formats.tidy.TidyBundleReader;
import org.exportpulse.formats.tidy.TidyObservationReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * What every {@link SeriesStore} must do. Each implementation's test extends this class and says
 * how to open an empty store.
 */
public abstract class SeriesStoreContract {

    static final Path BUNDLE = Path.of("..", "data", "pk-ict", "bundle");
    static final Instant AT = Instant.parse("2026-03-01T10:00:00Z");
    static final Period NOV_2024 = Period.parse("2024-11", FiscalCalendar.JULY_TO_JUNE);

    protected SeriesStore store;

    /** A store with no series in it. */
    protected abstract SeriesStore openEmpty() throws Exception;

    /** Opens a new instance on one empty location each time it is called, as separate processes would. */
    protected abstract Callable<SeriesStore> sharedEmptyLocation() throws Exception;

    @BeforeEach
    void open() throws Exception {
        store = openEmpty();
    }

    @AfterEach
    void close() {
        store.close();
    }

    static Batch bundle() throws Exception {
        return TidyBundleReader.read(
                NamedInput.of(BUNDLE.resolve("series.csv")),
                NamedInput.of(BUNDLE.resolve("observations.csv")),
                id -> Optional.empty());
    }

    Batch rows(String csv) throws Exception {
        return new Batch(
                List.of(),
                TidyObservationReader.read(
                        NamedInput.ofBytes("update.csv", csv.getBytes(StandardCharsets.UTF_8)), store::series));
    }

    long storedRows() {
        return store.allSeries().stream()
                .mapToLong(s -> store.currentObservations(s.id()).stream()
                        .mapToLong(o -> store.vintages(s.id(), o.period()).size())
                        .sum())
                .sum();
    }

    @Test
    void stores_the_bundle_with_every_vintage_and_serves_the_current_one() throws Exception {
        IngestReport report = store.ingest(bundle(), "bundle", AT);
        assertThat(report.seriesCreated()).isEqualTo(42);
        assertThat(report.observationsAdded()).isEqualTo(496);
        assertThat(store.allSeries()).hasSize(42);
        assertThat(store.vintages("pk.ict.exports", NOV_2024))
                .extracting(o -> o.value().toPlainString(), Observation::vintage, Observation::status)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("324", 1, ObservationStatus.NORMAL),
                        org.assertj.core.groups.Tuple.tuple("310", 2, ObservationStatus.REVISED));
        assertThat(store.currentObservations("pk.ict.exports"))
                .filteredOn(o -> o.period().equals(NOV_2024))
                .singleElement()
                .satisfies(o -> assertThat(o.value()).isEqualByComparingTo("310"));
        assertThat(storedRows()).isEqualTo(496);
        long allVintages = store.allSeries().stream()
                .mapToLong(s -> store.allVintages(s.id()).size())
                .sum();
        assertThat(allVintages)
                .as("every vintage of every series, read per series")
                .isEqualTo(496);
        List<Observation> ict = store.allVintages("pk.ict.exports");
        Map<String, SeriesFacts> facts = store.facts();
        assertThat(facts.values().stream().mapToInt(SeriesFacts::vintages).sum())
                .isEqualTo(496);
        SeriesFacts ictFacts = facts.get("pk.ict.exports");
        assertThat(ictFacts.vintages()).isEqualTo(ict.size());
        assertThat(ictFacts.periods())
                .isEqualTo(store.currentObservations("pk.ict.exports").size());
        assertThat(ictFacts.firstPeriod()).isEqualTo(ict.get(0).period().code());
        assertThat(ictFacts.lastPeriod())
                .isEqualTo(ict.get(ict.size() - 1).period().code());
        assertThat(ictFacts.lastUpdated())
                .isEqualTo(ict.stream()
                        .map(Observation::publicBy)
                        .filter(java.util.Objects::nonNull)
                        .max(java.time.LocalDate::compareTo)
                        .orElseThrow());
        assertThat(ict)
                .filteredOn(o -> o.period().equals(NOV_2024))
                .extracting(Observation::vintage)
                .containsExactly(1, 2);
        for (int i = 1; i < ict.size(); i++) {
            Observation a = ict.get(i - 1);
            Observation b = ict.get(i);
            assertThat(a.period().first().isBefore(b.period().first())
                            || a.period().equals(b.period()) && a.vintage() < b.vintage())
                    .as(
                            "ordered by period, then vintage: %s v%d before %s v%d",
                            a.period(), a.vintage(), b.period(), b.vintage())
                    .isTrue();
        }
    }

    @Test
    void current_observations_are_ordered_by_period_and_keep_dates_sources_and_published_digits() throws Exception {
        store.ingest(bundle(), "bundle", AT);
        List<Observation> months = store.currentObservations("pk.ict.exports");
        assertThat(months).isSortedAccordingTo((a, b) -> Period.ORDER.compare(a.period(), b.period()));
        Observation oct2024 = months.stream()
                .filter(o -> o.period().code().equals("2024-10"))
                .findFirst()
                .orElseThrow();
        assertThat(oct2024.publicBy()).isEqualTo(LocalDate.of(2024, 11, 20));
        assertThat(oct2024.publicByBasis()).isEqualTo(PublicByBasis.SOURCE);
        assertThat(oct2024.sources()).hasSize(2);
        assertThat(store.currentObservations("pk.ict.exports.fy"))
                .extracting(o -> o.value().toPlainString())
                .contains("1438.827", "2108");
    }

    @Test
    void ingesting_the_same_data_again_changes_nothing() throws Exception {
        store.ingest(bundle(), "bundle", AT);
        IngestReport again = store.ingest(bundle(), "bundle again", AT.plusSeconds(60));
        assertThat(again.observationsAdded()).isZero();
        assertThat(again.observationsUnchanged()).isEqualTo(496);
        assertThat(again.seriesCreated()).isZero();
        assertThat(again.seriesUpdated()).isZero();
        assertThat(storedRows()).isEqualTo(496);
    }

    @Test
    void a_different_value_under_an_existing_vintage_is_a_conflict_and_leaves_the_store_unchanged() throws Exception {
        store.ingest(bundle(), "bundle", AT);
        Batch conflicting =
                rows("series,period,value,vintage\npk.ict.exports,2025-12,438,2\npk.ict.exports,2024-11,325,1\n");
        IngestException e = catchThrowableOfType(IngestException.class, () -> store.ingest(conflicting, "x", AT));
        assertThat(e.getMessage()).startsWith("update.csv:3: value: pk.ict.exports 2024-11 vintage 1 is stored as 324");
        assertThat(storedRows())
                .as("the new vintage 2 of 2025-12 was not stored either")
                .isEqualTo(496);
    }

    @Test
    void without_a_vintage_an_equal_value_adds_nothing_and_a_different_one_adds_the_next_vintage() throws Exception {
        store.ingest(bundle(), "bundle", AT);
        IngestReport same = store.ingest(rows("series,period,value\npk.ict.exports,2024-11,310\n"), "same", AT);
        assertThat(same.observationsAdded()).isZero();
        IngestReport revised = store.ingest(rows("series,period,value\npk.ict.exports,2024-11,311\n"), "rev", AT);
        assertThat(revised.observationsAdded()).isEqualTo(1);
        List<Observation> vintages = store.vintages("pk.ict.exports", NOV_2024);
        assertThat(vintages).extracting(Observation::vintage).containsExactly(1, 2, 3);
        Observation latest = vintages.get(2);
        assertThat(latest.value()).isEqualByComparingTo(new BigDecimal("311"));
        assertThat(latest.publicBy()).as("no date in the file: the ingest date").isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(latest.publicByBasis()).isEqualTo(PublicByBasis.INGESTED);
    }

    org.exportpulse.formats.Ingestion.Streamed streamed(NamedInput... files) throws Exception {
        return org.exportpulse.formats.Ingestion.stream(
                List.of(files), org.exportpulse.formats.IngestOptions.defaults(), store.allSeries());
    }

    @Test
    void a_streamed_ingest_stores_what_the_batch_ingest_stores() throws Exception {
        IngestReport report = store.ingest(
                streamed(
                        NamedInput.of(BUNDLE.resolve("series.csv")), NamedInput.of(BUNDLE.resolve("observations.csv"))),
                "bundle, streamed",
                AT);
        assertThat(report.seriesCreated()).isEqualTo(42);
        assertThat(report.observationsAdded()).isEqualTo(496);
        assertThat(report.added()).hasSize(496);
        assertThat(storedRows()).isEqualTo(496);
        assertThat(store.vintages("pk.ict.exports", NOV_2024))
                .extracting(o -> o.value().toPlainString(), Observation::vintage)
                .containsExactly(tuple("324", 1), tuple("310", 2));
        List<String> streamedRows = everyRow();
        store.close();
        store = openEmpty();
        store.ingest(bundle(), "bundle", AT);
        assertThat(streamedRows)
                .as("every vintage of every series, field by field")
                .isEqualTo(everyRow());
    }

    private List<String> everyRow() {
        List<String> rows = new ArrayList<>();
        for (var s : store.allSeries()) {
            for (Observation o : store.allVintages(s.id())) {
                rows.add(s.id() + " " + o);
            }
        }
        return rows;
    }

    @Test
    void a_streamed_file_drops_a_repeat_and_refuses_a_second_value_leaving_the_store_unchanged() throws Exception {
        store.ingest(bundle(), "bundle", AT);
        long before = storedRows();
        String csv = "series,period,value\npk.ict.exports,2030-01,500\npk.ict.exports,2030-01,500\n"
                + "pk.ict.exports,2030-02,501\npk.ict.exports,2030-01,502\n";
        IngestException e = catchThrowableOfType(
                () -> store.ingest(
                        streamed(NamedInput.ofBytes("update.csv", csv.getBytes(StandardCharsets.UTF_8))), "x", AT),
                IngestException.class);
        assertThat(e).isNotNull();
        assertThat(e.getMessage())
                .contains("update.csv:5: value: conflicts with line 2", "2030-01 is 502 here and 500 there")
                .doesNotContain("update.csv:3");
        assertThat(storedRows()).as("the store is unchanged").isEqualTo(before);
        IngestReport ok = store.ingest(
                streamed(NamedInput.ofBytes(
                        "update.csv", csv.substring(0, csv.lastIndexOf("pk.")).getBytes(StandardCharsets.UTF_8))),
                "y",
                AT);
        assertThat(ok.observationsAdded()).isEqualTo(2);
        assertThat(ok.observationsUnchanged())
                .as("the repeat is dropped, not counted")
                .isZero();
    }

    /** The monthly column of every series with a monthly value, as {@code source} gives it series by series. */
    private Map<String, MonthlyColumn> columnsSeriesBySeries(org.exportpulse.core.series.ObservationSource source) {
        Map<String, MonthlyColumn> columns = new java.util.TreeMap<>();
        for (var s : store.allSeries()) {
            MonthlyColumn column = MonthlyColumn.of(source.currentObservations(s.id()));
            if (column.length() > 0) {
                columns.put(s.id(), column);
            }
        }
        return columns;
    }

    private Map<String, MonthlyColumn> columnsInOneRead(Optional<LocalDate> asOf) {
        Map<String, MonthlyColumn> columns = new java.util.LinkedHashMap<>();
        store.forEachMonthlyColumn(
                asOf,
                (id, column) -> assertThat(columns.put(id, column))
                        .as("each series once")
                        .isNull());
        return columns;
    }

    @Test
    void monthly_columns_in_one_read_equal_each_series_current_and_as_of_any_date() throws Exception {
        store.ingest(bundle(), "bundle", AT);
        Map<String, MonthlyColumn> current = columnsInOneRead(Optional.empty());
        assertThat(current).isEqualTo(columnsSeriesBySeries(store)).containsKey("pk.ict.exports");
        assertThat(new ArrayList<>(current.keySet()))
                .as("in order of series id")
                .isSorted();
        assertThat(current.get("pk.ict.exports").at(java.time.YearMonth.of(2024, 11)))
                .as("the current vintage, not the first")
                .isEqualTo(310.0);
        java.util.SortedSet<LocalDate> releases = new java.util.TreeSet<>();
        for (var s : store.allSeries()) {
            store.allVintages(s.id()).forEach(o -> releases.add(o.publicBy()));
        }
        List<LocalDate> dates = new ArrayList<>(releases);
        int compared = 0;
        for (int i = 0; i < dates.size(); i += Math.max(1, dates.size() / 12)) {
            for (LocalDate d : List.of(dates.get(i), dates.get(i).minusDays(1))) {
                assertThat(columnsInOneRead(Optional.of(d)))
                        .as("as of %s", d)
                        .isEqualTo(columnsSeriesBySeries(store.asOf(d)));
                compared++;
            }
        }
        assertThat(compared).isGreaterThan(12);
    }

    @Test
    void sources_and_notes_keep_every_character_the_bulk_path_must_escape() throws Exception {
        store.ingest(bundle(), "bundle", AT);
        List<String> sources = List.of("C:\\data\\sbp.xlsx", "tab\there", "\\N and \\. and ,;\"quotes\"");
        String note = "first line\r\nsecond\tline \\N \\. é € 日本";
        Period jan2030 = Period.parse("2030-01", FiscalCalendar.JULY_TO_JUNE);
        IncomingObservation o = new IncomingObservation(
                "pk.ict.exports",
                jan2030,
                new BigDecimal("-0.000000000001"),
                ObservationStatus.PROVISIONAL,
                null,
                LocalDate.of(2030, 2, 20),
                PublicByBasis.SOURCE,
                sources,
                note,
                "update.csv",
                2);
        store.ingest(new Batch(List.of(), List.of(o)), "escapes", AT);
        Observation stored = store.vintages("pk.ict.exports", jan2030).get(0);
        assertThat(stored.sources()).isEqualTo(sources);
        assertThat(stored.note()).isEqualTo(note);
        assertThat(stored.value()).isEqualByComparingTo("-0.000000000001");
        assertThat(stored.value().scale()).isEqualTo(12);
    }

    /** A provisional value for January 2030 without a vintage or public-by date, from line {@code line} of update.csv. */
    private static IncomingObservation january2030(String seriesId, String value, long line) {
        return new IncomingObservation(
                seriesId,
                Period.parse("2030-01", FiscalCalendar.JULY_TO_JUNE),
                new BigDecimal(value),
                ObservationStatus.PROVISIONAL,
                null,
                null,
                PublicByBasis.INGESTED,
                List.of(),
                "",
                "update.csv",
                line);
    }

    @Test
    void an_observation_of_a_series_the_store_does_not_hold_is_refused_and_nothing_is_stored() throws Exception {
        store.ingest(bundle(), "bundle", AT);
        long before = storedRows();
        IncomingObservation known = january2030("pk.ict.exports", "500", 2);
        IncomingObservation unknown = january2030("pk.no.such.series", "1", 3);
        IngestException e = catchThrowableOfType(
                () -> store.ingest(new Batch(List.of(), List.of(known, unknown)), "orphan", AT), IngestException.class);
        assertThat(e).isNotNull();
        assertThat(e.getMessage()).contains("update.csv:3: series: unknown series 'pk.no.such.series'");
        assertThat(store.series("pk.no.such.series")).isEmpty();
        assertThat(storedRows()).as("the store is unchanged").isEqualTo(before);
    }

    /**
     * Rows for 21 new series: one of {@code test.s00}, then 1,000 months of each of 20 others (more
     * periods than a streamed ingest keeps cached), one of {@code test.s21} (which drops {@code
     * test.s00} from the cache), then {@code tail} rows.
     */
    private org.exportpulse.formats.Ingestion.Streamed spilling(String tail) throws Exception {
        StringBuilder series = new StringBuilder("id,title,unit,frequency,kind,fiscal_year_start\n");
        for (int i = 0; i <= 21; i++) {
            series.append(String.format("test.s%02d,Test series %d,USD million,month,flow,07%n", i, i));
        }
        StringBuilder rows = new StringBuilder("series,period,value\ntest.s00,1990-01,7\n");
        for (int i = 1; i <= 20; i++) {
            for (int m = 0; m < 1000; m++) {
                rows.append(String.format(
                        "test.s%02d,%s,%d%n", i, java.time.YearMonth.of(2000, 1).plusMonths(m), m));
            }
        }
        rows.append("test.s21,1990-01,1\n").append(tail);
        return streamed(
                NamedInput.ofBytes("series.csv", series.toString().getBytes(StandardCharsets.UTF_8)),
                NamedInput.ofBytes("spill.csv", rows.toString().getBytes(StandardCharsets.UTF_8)));
    }

    /** The series file of {@link #LARGE_ROWS}: 100 new series. */
    private static final String LARGE_SERIES = largeSeries();

    /** 2,000 months of each of 100 new series: 200,000 rows, many more than the database is sent at once. */
    private static final String LARGE_ROWS = largeRows();

    private static String largeSeries() {
        StringBuilder series = new StringBuilder("id,title,unit,frequency,kind,fiscal_year_start\n");
        for (int i = 0; i < 100; i++) {
            series.append(String.format("test.b%02d,Broken %d,USD million,month,flow,07%n", i, i));
        }
        return series.toString();
    }

    private static String largeRows() {
        StringBuilder rows = new StringBuilder("series,period,value\n");
        for (int i = 0; i < 100; i++) {
            for (int m = 0; m < 2000; m++) {
                rows.append(String.format(
                        "test.b%02d,%s,%d.5%n",
                        i, java.time.YearMonth.of(1910, 1).plusMonths(m), m));
            }
        }
        return rows.toString();
    }

    /** A test whose failure could leave a database session waiting for ever: it fails after two minutes instead. */
    @java.lang.annotation.Target(java.lang.annotation.ElementType.METHOD)
    @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
    @Test
    @Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    @interface FailsRatherThanHangs {}

    /** What ingesting {@link #LARGE_SERIES} with {@code rows} throws of {@code type}; null when nothing. */
    private <T extends Throwable> T largeIngestThrows(NamedInput rows, Class<T> type) {
        return catchThrowableOfType(
                () -> store.ingest(
                        streamed(NamedInput.ofBytes("series.csv", LARGE_SERIES.getBytes(StandardCharsets.UTF_8)), rows),
                        "large",
                        AT),
                type);
    }

    /** After a failed ingest: nothing of it stored, and the store takes the next one. */
    private void unchangedAndUsable(long rowsBefore) throws Exception {
        assertThat(store.series("test.b00")).as("the store is unchanged").isEmpty();
        assertThat(storedRows()).isEqualTo(rowsBefore);
        IngestReport after =
                store.ingest(rows("series,period,value\npk.ict.exports,2030-01,500\n"), "after the failure", AT);
        assertThat(after.observationsAdded())
                .as("the store still takes ingests")
                .isEqualTo(1);
    }

    @FailsRatherThanHangs
    void a_conflict_found_after_many_rows_were_written_leaves_the_store_unchanged_and_usable() throws Exception {
        store.ingest(bundle(), "bundle", AT);
        long before = storedRows();
        // the last series is still held by the writer, its rows and the 198,000 before them already sent
        byte[] rows = (LARGE_ROWS + "test.b99,1910-01,999\n").getBytes(StandardCharsets.UTF_8);
        IngestException e = largeIngestThrows(NamedInput.ofBytes("large.csv", rows), IngestException.class);
        assertThat(e).isNotNull();
        assertThat(e.getMessage())
                .contains("large.csv:200002: value: conflicts with line 198002", "is 999 here and 0.5 there");
        unchangedAndUsable(before);
    }

    @FailsRatherThanHangs
    void a_file_that_breaks_off_while_rows_are_being_written_leaves_the_store_unchanged_and_usable() throws Exception {
        store.ingest(bundle(), "bundle", AT);
        long before = storedRows();
        byte[] whole = LARGE_ROWS.getBytes(StandardCharsets.UTF_8);
        int readable = whole.length * 3 / 4; // well past the first rows sent to the database
        NamedInput broken = new NamedInput("broken.csv", () -> new java.io.InputStream() {
            private int at;

            @Override
            public int read() throws java.io.IOException {
                if (at == readable) {
                    throw new java.io.IOException("the disk went away");
                }
                return whole[at++] & 0xff;
            }
        });
        java.io.IOException e = largeIngestThrows(broken, java.io.IOException.class);
        assertThat(e).isNotNull().hasMessageContaining("the disk went away");
        unchangedAndUsable(before);
    }

    @Test
    void a_streamed_series_dropped_from_the_cache_is_read_back_with_what_this_ingest_wrote() throws Exception {
        IngestReport report = store.ingest(spilling("test.s00,1990-01,7\ntest.s00,1990-02,9\n"), "spill", AT);
        assertThat(report.seriesCreated()).isEqualTo(22);
        assertThat(report.observationsAdded())
                .as("the repeated row of test.s00 adds nothing")
                .isEqualTo(20_003);
        assertThat(store.allVintages("test.s00"))
                .extracting(v -> v.period().code(), v -> v.value().toPlainString(), Observation::vintage)
                .containsExactly(tuple("1990-01", "7", 1), tuple("1990-02", "9", 1));
    }

    @Test
    void a_second_value_for_a_streamed_series_dropped_from_the_cache_is_a_conflict() throws Exception {
        IngestException e = catchThrowableOfType(
                () -> store.ingest(spilling("test.s00,1990-01,8\n"), "spill", AT), IngestException.class);
        assertThat(e).isNotNull();
        assertThat(e.getMessage())
                .contains("spill.csv:20004: value: conflicts with an earlier line of this ingest", "1990-01 is 8");
        assertThat(store.allSeries()).as("the store is unchanged").isEmpty();
    }

    @Test
    void the_report_lists_each_added_vintage_as_new_or_a_revision_of_the_value_it_follows() throws Exception {
        store.ingest(bundle(), "bundle", AT);
        IngestReport report = store.ingest(
                rows("series,period,value\npk.ict.exports,2024-11,311\npk.ict.exports,2030-01,500\n"), "x", AT);
        assertThat(report.added())
                .extracting(
                        AddedVintage::seriesId, a -> a.period().code(), AddedVintage::vintage, AddedVintage::previous)
                .containsExactly(
                        tuple("pk.ict.exports", "2024-11", 3, new BigDecimal("310")),
                        tuple("pk.ict.exports", "2030-01", 1, null));
        assertThat(report.revisions()).hasSize(1);
        assertThat(report.added().get(1).publicByBasis()).isEqualTo(PublicByBasis.INGESTED);
    }

    @Test
    void a_preview_reports_what_an_ingest_would_add_and_stores_nothing() throws Exception {
        store.ingest(bundle(), "bundle", AT);
        Optional<Instant> changed = store.lastChanged();
        Batch update = rows("series,period,value\npk.ict.exports,2024-11,311\npk.ict.exports,2030-01,500\n");
        IngestReport preview = store.preview(update, "preview", AT.plusSeconds(60));
        assertThat(preview.observationsAdded()).isEqualTo(2);
        assertThat(storedRows()).isEqualTo(496);
        assertThat(store.lastChanged()).isEqualTo(changed);
        assertThat(store.ingest(update, "update", AT.plusSeconds(60)).added()).isEqualTo(preview.added());
    }

    @Test
    void values_published_since_a_day_come_newest_first_with_what_they_revised() throws Exception {
        store.ingest(bundle(), "bundle", AT);
        store.ingest(
                rows("series,period,value,public_by,public_by_basis\n"
                        + "pk.ict.exports,2024-11,311,2030-02-20,source\n"
                        + "pk.ict.exports,2030-01,500,2030-02-19,source\n"),
                "update",
                AT.plusSeconds(60));
        List<PublishedVintage> news = store.publishedSince(LocalDate.of(2030, 1, 1), 10);
        assertThat(news)
                .extracting(
                        PublishedVintage::seriesId,
                        v -> v.observation().period().code(),
                        v -> v.observation().vintage(),
                        PublishedVintage::previous,
                        PublishedVintage::isRevision)
                .containsExactly(
                        tuple("pk.ict.exports", "2024-11", 3, new BigDecimal("310"), true),
                        tuple("pk.ict.exports", "2030-01", 1, null, false));
        assertThat(news.get(0).storedAt()).isEqualTo(AT.plusSeconds(60));
        assertThat(news.get(0).observation().publicBy()).isEqualTo(LocalDate.of(2030, 2, 20));
        assertThat(store.publishedSince(LocalDate.of(2030, 2, 20), 10)).hasSize(1);
        assertThat(store.publishedSince(LocalDate.of(2020, 1, 1), 5)).hasSize(5);
    }

    @Test
    void the_last_change_moves_forward_in_commit_order_even_when_an_ingest_is_stamped_earlier() throws Exception {
        store.ingest(bundle(), "bundle", AT);
        store.ingest(rows("series,period,value\npk.ict.exports,2024-11,311\n"), "later stamp", AT.plusSeconds(60));
        Instant first = store.lastChanged().orElseThrow();
        assertThat(first).isEqualTo(AT.plusSeconds(60));
        store.ingest(rows("series,period,value\npk.ict.exports,2024-11,312\n"), "earlier stamp", AT.plusSeconds(30));
        assertThat(store.lastChanged().orElseThrow()).isAfter(first);
    }

    @Test
    void an_ingest_that_changes_nothing_leaves_the_last_change_alone() throws Exception {
        store.ingest(bundle(), "bundle", AT);
        Optional<Instant> before = store.lastChanged();
        IngestReport same =
                store.ingest(rows("series,period,value\npk.ict.exports,2024-11,310\n"), "same", AT.plusSeconds(90));
        IngestReport empty = store.ingest(rows("series,period,value\n"), "header only", AT.plusSeconds(90));
        assertThat(same.observationsAdded() + empty.observationsAdded()).isZero();
        assertThat(store.lastChanged()).isEqualTo(before);
    }

    @Test
    void concurrent_ingests_into_one_series_from_two_instances_both_store_their_vintage() throws Exception {
        Callable<SeriesStore> open = sharedEmptyLocation();
        Batch bundle = bundle();
        try (SeriesStore first = open.call()) {
            first.loadIfEmpty(() -> bundle, "bundle", AT);
        }
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> added = new ArrayList<>();
            for (String value : List.of("311", "312")) {
                added.add(pool.submit(() -> {
                    try (SeriesStore own = open.call()) {
                        Batch b = new Batch(
                                List.of(),
                                TidyObservationReader.read(
                                        NamedInput.ofBytes(
                                                "c.csv",
                                                ("series,period,value\npk.ict.exports,2024-11," + value + "\n")
                                                        .getBytes(StandardCharsets.UTF_8)),
                                        own::series));
                        start.await();
                        return own.ingest(b, "concurrent", AT).observationsAdded();
                    }
                }));
            }
            assertThat(added.get(0).get() + added.get(1).get()).isEqualTo(2);
        } finally {
            pool.shutdownNow();
        }
        try (SeriesStore check = open.call()) {
            assertThat(check.vintages("pk.ict.exports", NOV_2024))
                    .extracting(Observation::vintage)
                    .containsExactly(1, 2, 3, 4);
        }
    }

    @Test
    void loads_the_bundle_into_an_empty_store_once() throws Exception {
        Batch bundle = bundle();
        assertThat(store.loadIfEmpty(() -> bundle, "bundle", AT)).isNotNull();
        assertThat(store.loadIfEmpty(() -> bundle, "bundle", AT)).isNull();
        assertThat(storedRows()).isEqualTo(496);
    }

    @Test
    void as_of_a_date_gives_per_period_the_latest_vintage_public_by_then() throws Exception {
        store.ingest(bundle(), "bundle", AT);
        Period aug2022 = Period.parse("2022-08", FiscalCalendar.JULY_TO_JUNE);
        assertThat(valueAsOf("2022-10-01", aug2022)).hasValue("227");
        assertThat(valueAsOf("2022-10-20", aug2022))
                .as("public by that very day")
                .hasValue("228");
        assertThat(valueAsOf("2022-11-01", aug2022)).hasValue("228");
        assertThat(valueAsOf("2022-09-21", aug2022)).as("nothing public yet").isEmpty();
        assertThat(store.asOf(LocalDate.parse("2019-01-01")).currentObservations("pk.ict.exports"))
                .isEmpty();
    }

    private Optional<String> valueAsOf(String date, Period period) {
        return store.asOf(LocalDate.parse(date)).currentObservations("pk.ict.exports").stream()
                .filter(o -> o.period().equals(period))
                .map(o -> o.value().toPlainString())
                .findFirst();
    }

    @Test
    void instances_sharing_a_store_claim_the_scheduled_update_once_per_interval() throws Exception {
        Callable<SeriesStore> open = sharedEmptyLocation();
        Duration sixHours = Duration.ofHours(6);
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try (SeriesStore other = open.call()) {
            List<Future<Boolean>> claims = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                claims.add(pool.submit(() -> {
                    try (SeriesStore own = open.call()) {
                        start.await();
                        return own.claimUpdate(AT, sixHours);
                    }
                }));
            }
            int claimed = 0;
            for (Future<Boolean> f : claims) {
                claimed += f.get() ? 1 : 0;
            }
            assertThat(claimed).as("two instances at once: one claims").isEqualTo(1);
            assertThat(other.claimUpdate(AT.plus(Duration.ofHours(5)), sixHours))
                    .isFalse();
            assertThat(other.claimUpdate(AT.plus(sixHours), sixHours)).isTrue();
            assertThat(other.claimUpdate(AT.plus(sixHours), sixHours)).isFalse();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void concurrent_first_uses_from_two_instances_load_the_bundle_once() throws Exception {
        Callable<SeriesStore> open = sharedEmptyLocation();
        Batch bundle = bundle();
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Boolean>> loads = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                loads.add(pool.submit(() -> {
                    try (SeriesStore own = open.call()) {
                        start.await();
                        return own.loadIfEmpty(() -> bundle, "bundle", AT) != null;
                    }
                }));
            }
            int loaded = 0;
            for (Future<Boolean> f : loads) {
                loaded += f.get() ? 1 : 0;
            }
            assertThat(loaded).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        try (SeriesStore check = open.call()) {
            assertThat(check.currentObservations("pk.ict.exports")).hasSize(64);
        }
    }

    @Test
    void unknown_series_have_no_metadata_and_no_values() {
        assertThat(store.series("pk.nothing")).isEmpty();
        assertThat(store.currentObservations("pk.nothing")).isEmpty();
        assertThat(store.vintages("pk.nothing", NOV_2024)).isEmpty();
        assertThat(store.allVintages("pk.nothing")).isEmpty();
        assertThat(store.facts()).doesNotContainKey("pk.nothing");
    }
}
