package org.exportpulse.core.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.exportpulse.core.series.Frequency;
import org.exportpulse.core.series.Observation;
import org.exportpulse.core.series.ObservationSource;
import org.exportpulse.core.series.ObservationStatus;
import org.exportpulse.core.series.PublicByBasis;
import org.exportpulse.core.series.Series;
import org.exportpulse.core.series.SeriesKind;
import org.exportpulse.core.series.Unit;
import org.exportpulse.core.time.CalendarMonth;
import org.exportpulse.core.time.FiscalCalendar;
import org.exportpulse.core.time.Period;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ObservationSource} must do: a test class per implementation extends this and
 * says how to make one that holds given series and values. Covers unknown and empty series,
 * metadata as given, values ordered by period with their published digits, status, vintage,
 * public-by date and sources, and answers a caller cannot change.
 */
public abstract class ObservationSourceContract {

    protected static final Series MONTHLY = new Series(
            "xx.contract.monthly",
            "Contract monthly flow",
            Unit.parse("USD million"),
            Frequency.MONTH,
            SeriesKind.FLOW,
            FiscalCalendar.JULY_TO_JUNE,
            "Contract publisher",
            "A monthly flow for the contract",
            List.of());
    protected static final Series EMPTY = new Series(
            "xx.contract.empty",
            "Contract series without values",
            Unit.parse("USD"),
            Frequency.YEAR,
            SeriesKind.STOCK,
            FiscalCalendar.CALENDAR_YEAR,
            "Contract publisher",
            "",
            List.of());

    private ObservationSource source;

    /**
     * A source holding exactly these series and these current observations (each given with its
     * vintage); the lists of observations may be in any order.
     */
    protected abstract ObservationSource sourceWith(List<Series> series, Map<String, List<Observation>> observations)
            throws Exception;

    /** Frees what {@link #sourceWith} opened (a database, say); nothing by default. */
    protected void release() throws Exception {}

    @AfterEach
    void releaseSource() throws Exception {
        release();
    }

    protected static Observation observation(String month, String value, ObservationStatus status, String source) {
        return new Observation(
                CalendarMonth.of(java.time.YearMonth.parse(month)),
                new BigDecimal(value),
                status,
                1,
                LocalDate.parse(month + "-28").plusMonths(1),
                PublicByBasis.SOURCE,
                List.of(source),
                "",
                null);
    }

    @BeforeEach
    void fill() throws Exception {
        source = sourceWith(
                List.of(MONTHLY, EMPTY),
                Map.of(
                        MONTHLY.id(),
                        List.of(
                                observation("2024-03", "0.125", ObservationStatus.PROVISIONAL, "https://example.org/3"),
                                observation("2024-01", "12.50", ObservationStatus.NORMAL, "https://example.org/1"),
                                observation("2024-02", "7", ObservationStatus.REVISED, "https://example.org/2"))));
    }

    @Test
    void an_unknown_series_has_no_metadata_and_no_values() {
        assertThat(source.series("xx.contract.unknown")).isEmpty();
        assertThat(source.currentObservations("xx.contract.unknown")).isEmpty();
    }

    @Test
    void a_series_without_values_has_its_metadata_and_an_empty_list() {
        Series s = source.series(EMPTY.id()).orElseThrow();
        assertThat(s.title()).isEqualTo(EMPTY.title());
        assertThat(s.frequency()).isEqualTo(Frequency.YEAR);
        assertThat(s.kind()).isEqualTo(SeriesKind.STOCK);
        assertThat(source.currentObservations(EMPTY.id())).isEmpty();
    }

    @Test
    void metadata_is_kept_as_given() {
        Series s = source.series(MONTHLY.id()).orElseThrow();
        assertThat(s.id()).isEqualTo(MONTHLY.id());
        assertThat(s.title()).isEqualTo(MONTHLY.title());
        assertThat(s.unit()).isEqualTo(MONTHLY.unit());
        assertThat(s.frequency()).isEqualTo(MONTHLY.frequency());
        assertThat(s.kind()).isEqualTo(MONTHLY.kind());
        assertThat(s.calendar()).isEqualTo(MONTHLY.calendar());
        assertThat(s.publisher()).isEqualTo(MONTHLY.publisher());
        assertThat(s.definition()).isEqualTo(MONTHLY.definition());
    }

    @Test
    void values_come_ordered_by_period_with_their_published_digits() {
        List<Observation> values = source.currentObservations(MONTHLY.id());
        assertThat(values).extracting(o -> o.period().code()).containsExactly("2024-01", "2024-02", "2024-03");
        assertThat(values)
                .extracting(Observation::value)
                .containsExactly(new BigDecimal("12.50"), new BigDecimal("7"), new BigDecimal("0.125"));
    }

    @Test
    void each_value_keeps_its_status_vintage_release_and_source() {
        Observation march = source.currentObservations(MONTHLY.id()).get(2);
        assertThat(march.status()).isEqualTo(ObservationStatus.PROVISIONAL);
        assertThat(march.vintage()).isEqualTo(1);
        assertThat(march.publicBy()).isEqualTo(LocalDate.parse("2024-04-28"));
        assertThat(march.publicByBasis()).isEqualTo(PublicByBasis.SOURCE);
        assertThat(march.sources()).containsExactly("https://example.org/3");
        assertThat(march.derivation()).isNull();
        assertThat(Period.ORDER.compare(march.period(), CalendarMonth.of(java.time.YearMonth.of(2024, 3))))
                .isZero();
    }

    @Test
    void a_caller_cannot_change_what_the_source_holds() {
        List<Observation> first = source.currentObservations(MONTHLY.id());
        try {
            first.clear();
        } catch (UnsupportedOperationException expected) {
            // an unmodifiable answer is one way to keep the source intact
        }
        assertThat(source.currentObservations(MONTHLY.id())).hasSize(3);
    }
}
