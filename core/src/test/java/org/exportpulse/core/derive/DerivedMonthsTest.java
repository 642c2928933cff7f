package org.exportpulse.core.derive;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.exportpulse.core.series.Denominator;
import org.exportpulse.core.series.Derivation;
import org.exportpulse.core.series.Frequency;
import org.exportpulse.core.series.Observation;
import org.exportpulse.core.series.ObservationSource;
import org.exportpulse.core.series.ObservationStatus;
import org.exportpulse.core.series.PublicByBasis;
import org.exportpulse.core.series.Series;
import org.exportpulse.core.series.SeriesKind;
import org.exportpulse.core.series.Unit;
import org.exportpulse.core.time.FiscalCalendar;
import org.exportpulse.core.time.Period;
import org.junit.jupiter.api.Test;

class DerivedMonthsTest {

    private static final String ID = "xx.exports";
    private static final FiscalCalendar JULY = FiscalCalendar.JULY_TO_JUNE;

    /** A store of published values for xx.exports and its .fytd and .fy companions. */
    private static final class Published implements ObservationSource {
        final Map<String, Series> series = new HashMap<>();
        final Map<String, List<Observation>> values = new HashMap<>();

        Published() {
            add(ID, Frequency.MONTH);
            add(ID + ".fytd", Frequency.FYTD);
            add(ID + ".fy", Frequency.FISCAL_YEAR);
        }

        private void add(String id, Frequency frequency) {
            series.put(
                    id,
                    new Series(
                            id,
                            id,
                            Unit.USD_MILLION,
                            frequency,
                            SeriesKind.FLOW,
                            JULY,
                            "",
                            "",
                            List.<Denominator>of()));
            values.put(id, new ArrayList<>());
        }

        Published value(String id, String period, String value, String publicBy) {
            values.get(id)
                    .add(new Observation(
                            Period.parse(period, JULY),
                            new BigDecimal(value),
                            ObservationStatus.NORMAL,
                            1,
                            publicBy == null ? null : java.time.LocalDate.parse(publicBy),
                            PublicByBasis.SOURCE,
                            List.of("https://example.org/" + id + "/" + period),
                            ""));
            values.get(id).sort((a, b) -> Period.ORDER.compare(a.period(), b.period()));
            return this;
        }

        /** Jul–Jun months of FY2025 at 100, 101, …, with some left out. */
        Published fiscal2025Months(String... skip) {
            YearMonth m = YearMonth.of(2024, 7);
            for (int i = 0; i < 12; i++, m = m.plusMonths(1)) {
                if (!List.of(skip).contains(m.toString())) {
                    value(ID, m.toString(), Integer.toString(100 + i), "2025-08-01");
                }
            }
            return this;
        }

        @Override
        public Optional<Series> series(String id) {
            return Optional.ofNullable(series.get(id));
        }

        @Override
        public List<Observation> currentObservations(String seriesId) {
            return values.getOrDefault(seriesId, List.of());
        }
    }

    private static Optional<Observation> month(ObservationSource source, String month) {
        return DerivedMonthsSource.over(source).currentObservations(ID).stream()
                .filter(o -> o.period().code().equals(month))
                .findFirst();
    }

    @Test
    void a_month_is_its_cumulative_value_minus_the_previous_one() {
        Published p = new Published()
                .value(ID + ".fytd", "2024-07/2024-09", "300", "2024-10-20")
                .value(ID + ".fytd", "2024-07/2024-10", "410", "2024-11-20");
        Observation oct = month(p, "2024-10").orElseThrow();
        assertThat(oct.value()).isEqualByComparingTo("110");
        assertThat(oct.status()).isEqualTo(ObservationStatus.DERIVED);
        assertThat(oct.derivation().rule()).isEqualTo(Derivation.Rule.FYTD_DIFFERENCE);
        assertThat(oct.derivation().inputs()).extracting(Derivation.Term::sign).containsExactly(1, -1);
        assertThat(oct.publicBy()).as("the later input's date").hasToString("2024-11-20");
        assertThat(oct.sources()).hasSize(2);
    }

    @Test
    void the_fiscal_year_total_counts_as_cumulative_through_june() {
        Published p = new Published()
                .value(ID + ".fytd", "2023-07/2024-05", "2925", null)
                .value(ID + ".fy", "FY2024", "3223", "2024-08-01");
        Observation june = month(p, "2024-06").orElseThrow();
        assertThat(june.value()).isEqualByComparingTo("298");
        assertThat(june.publicBy())
                .as("an input without a date leaves the date unknown")
                .isNull();
    }

    @Test
    void the_first_fiscal_month_is_its_one_month_cumulative_value() {
        Published p = new Published().value(ID + ".fytd", "2024-07/2024-07", "286", "2024-08-20");
        assertThat(month(p, "2024-07").orElseThrow().value()).isEqualByComparingTo("286");
    }

    @Test
    void the_fiscal_year_total_minus_eleven_published_months_gives_the_twelfth() {
        Published p = new Published().fiscal2025Months("2025-05").value(ID + ".fy", "FY2025", "1300", "2025-08-01");
        Observation may = month(p, "2025-05").orElseThrow();
        // 100 + … + 111 = 1266; without May (110): 1156; 1300 − 1156 = 144
        assertThat(may.value()).isEqualByComparingTo("144");
        assertThat(may.derivation().rule()).isEqualTo(Derivation.Rule.FISCAL_YEAR_REMAINDER);
        assertThat(may.derivation().inputs()).hasSize(12);
    }

    @Test
    void no_rule_applies_with_two_months_missing_and_nothing_is_invented() {
        Published p = new Published()
                .fiscal2025Months("2025-04", "2025-05")
                .value(ID + ".fy", "FY2025", "1300", "2025-08-01");
        assertThat(month(p, "2025-04")).isEmpty();
        assertThat(month(p, "2025-05")).isEmpty();
    }

    @Test
    void a_published_value_always_wins() {
        Published p = new Published()
                .value(ID, "2024-10", "109", "2024-11-20")
                .value(ID + ".fytd", "2024-07/2024-09", "300", "2024-10-20")
                .value(ID + ".fytd", "2024-07/2024-10", "410", "2024-11-20");
        Observation oct = month(p, "2024-10").orElseThrow();
        assertThat(oct.value()).isEqualByComparingTo("109");
        assertThat(oct.isDerived()).isFalse();
    }

    @Test
    void the_first_rule_wins_when_both_apply() {
        Published p = new Published()
                .fiscal2025Months("2025-06")
                .value(ID + ".fytd", "2024-07/2025-05", "1160", null)
                .value(ID + ".fy", "FY2025", "1275", null);
        Observation june = month(p, "2025-06").orElseThrow();
        assertThat(june.derivation().rule()).isEqualTo(Derivation.Rule.FYTD_DIFFERENCE);
        assertThat(june.value()).isEqualByComparingTo("115");
    }

    @Test
    void reconciliation_lists_totals_that_do_not_add_up_beyond_rounding() {
        Published p = new Published()
                .fiscal2025Months()
                .value(ID + ".fytd", "2024-07/2024-09", "303", null) // 100+101+102 = 303: agrees
                .value(ID + ".fytd", "2024-07/2024-10", "410", null) // 406: differs by 4 > 2.5
                .value(ID + ".fy", "FY2025", "1267.5", null); // 1266: differs by 1.5 > 0.05 + 6
        Reconciliation r = Reconciler.of(p).reconcile(ID, List.of());
        assertThat(r.totalsChecked()).isEqualTo(3);
        assertThat(r.totals()).singleElement().satisfies(t -> {
            assertThat(t.span().code()).isEqualTo("2024-07/2024-10");
            assertThat(t.difference()).isEqualByComparingTo("4");
            assertThat(t.tolerance()).isEqualByComparingTo("2.5");
        });
        assertThat(r.months()).extracting(m -> m.month().toString()).containsExactly("2024-10");
    }

    @Test
    void reconciliation_compares_the_engine_with_a_reference_and_names_what_it_cannot_derive() {
        Published p = new Published().fiscal2025Months("2025-05").value(ID + ".fy", "FY2025", "1300", null);
        List<ReferenceValue> reference = List.of(
                new ReferenceValue(ID, YearMonth.of(2025, 5), new BigDecimal("144"), "agrees"),
                new ReferenceValue(ID, YearMonth.of(2024, 6), new BigDecimal("99"), "no rule applies"),
                new ReferenceValue(ID, YearMonth.of(2024, 7), new BigDecimal("99"), "published is 100"),
                new ReferenceValue("other", YearMonth.of(2024, 7), new BigDecimal("1"), "other series"));
        Reconciliation r = Reconciler.of(p).reconcile(ID, reference);
        assertThat(r.reference()).hasSize(2);
        assertThat(r.reference().get(0).engine()).isNull();
        assertThat(r.reference().get(1).engine().value()).isEqualByComparingTo("100");
    }
}
