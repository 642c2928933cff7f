package org.exportpulse.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.exportpulse.core.series.Frequency;
import org.exportpulse.core.series.Observation;
import org.exportpulse.core.series.ObservationStatus;
import org.exportpulse.core.series.PublicByBasis;
import org.exportpulse.core.series.Unit;
import org.exportpulse.core.series.VintageSource;
import org.exportpulse.core.testkit.InMemorySource;
import org.exportpulse.core.time.CalendarMonth;
import org.exportpulse.core.time.MonthSpan;
import org.junit.jupiter.api.Test;

class ClaimCheckerTest {

    private static final String IT = "xx.ict.exports";
    private static final LocalDate JAN_20_2026 = LocalDate.of(2026, 1, 20);

    /**
     * IT exports: 2024 at 100..111, 2025-01..11 at 120..130 except June 2025 at 140, December 2025
     * at 160 (a record);
     * November 2025 first released as 135. Published cumulative Jul–Nov FY26 640, Jul–Dec 800.
     * December 2025: goods 1400, services 200 (IT is 10% of the total, 80% of services);
     * textiles 555.
     */
    private final InMemorySource data = new InMemorySource()
            .monthly(IT, Unit.USD_MILLION, "xx.goods.exports+xx.services.exports;xx.services.exports")
            .values(IT, "2024-01", 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111)
            .values(IT, "2025-01", 120, 121, 122, 123, 124, 140, 126, 127, 128, 129, 130, 160)
            .add(IT + ".fytd", Unit.USD_MILLION, Frequency.FYTD, "")
            .value(IT + ".fytd", MonthSpan.parse("2025-07/2025-11"), "640")
            .value(IT + ".fytd", MonthSpan.parse("2025-07/2025-12"), "800")
            .monthly("xx.goods.exports", Unit.USD_MILLION, "")
            .values("xx.goods.exports", "2025-12", 1400)
            .monthly("xx.services.exports", Unit.USD_MILLION, "")
            .values("xx.services.exports", "2025-12", 200)
            .monthly("xx.textiles.exports", Unit.USD_MILLION, "")
            .values("xx.textiles.exports", "2025-12", 555);

    private final VintageSource vintages = (id, period) -> id.equals(IT) && period.equals(CalendarMonth.of(2025, 11))
            ? List.of(observation("135", 1), observation("130", 2))
            : List.of();

    private final SubjectLexicon lexicon = SubjectLexicon.of(List.of(
            new SubjectLexicon.Entry("IT exports", IT, false),
            new SubjectLexicon.Entry("IT", IT, true),
            new SubjectLexicon.Entry("total exports", "xx.goods.exports+xx.services.exports", false),
            new SubjectLexicon.Entry("textile exports", "xx.textiles.exports", false)));

    private final ClaimChecker checker = ClaimChecker.of(data, vintages, lexicon);

    private static Observation observation(String value, int vintage) {
        return new Observation(
                CalendarMonth.of(2025, 11),
                new BigDecimal(value),
                ObservationStatus.NORMAL,
                vintage,
                null,
                PublicByBasis.COMPILED,
                List.of("https://example.org/v" + vintage),
                "");
    }

    private CheckedClaim only(String text) {
        List<CheckedClaim> claims = checker.check(text, JAN_20_2026).claims();
        assertThat(claims).as("claims of: " + text).hasSize(1);
        return claims.get(0);
    }

    private CheckedClaim claimAt(String text, String key) {
        CheckReport report = checker.check(text, JAN_20_2026);
        int at = text.indexOf(key);
        return report.claims().stream()
                .filter(c -> c.start() <= at && at < c.end())
                .findFirst()
                .orElseThrow(() -> new AssertionError("no claim at '" + key + "' in " + report.claims()));
    }

    @Test
    void an_interrupted_check_stops_with_a_cancellation_and_keeps_the_interrupt() {
        String text = "IT exports rose to $160 million in December 2025. ";
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> checker.check(text, JAN_20_2026)).isInstanceOf(CancellationException.class);
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
        assertThat(checker.check(text, JAN_20_2026).claims()).isNotEmpty();
    }

    @Test
    void a_correct_release_story_is_supported_throughout() {
        CheckReport r = checker.check(
                "IT exports rose to a record $160 million in December 2025, up 23.1% month-on-month and 44.1%"
                        + " year-on-year. In July-December FY26 they reached $0.8 billion.",
                JAN_20_2026);
        assertThat(r.claims()).extracting(CheckedClaim::verdict).containsOnly(Verdict.SUPPORTED);
        assertThat(r.claims())
                .extracting(c -> c.kind())
                .containsExactly(
                        ClaimKind.RECORD,
                        ClaimKind.AMOUNT,
                        ClaimKind.CHANGE_PCT,
                        ClaimKind.CHANGE_PCT,
                        ClaimKind.AMOUNT);
        assertThat(r.claims().get(1).sources()).containsExactly("https://example.org/" + IT + "/2025-12");
    }

    @Test
    void another_months_figure_is_named_with_the_right_one() {
        CheckedClaim c = only("IT exports were $129 million in November 2025.");
        assertThat(c.verdict()).isEqualTo(Verdict.CONTRADICTED);
        assertThat(c.actual()).isEqualByComparingTo("130");
        assertThat(c.explanation()).contains("$129 million is October 2025's figure", "November 2025 was $130 million");
    }

    @Test
    void a_mislabelled_span_is_named_with_the_right_total() {
        CheckedClaim c = only("In July–November 2025–26, IT exports were $800 million.");
        assertThat(c.verdict()).isEqualTo(Verdict.CONTRADICTED);
        assertThat(c.period().code()).isEqualTo("2025-07/2025-11");
        assertThat(c.actual()).isEqualByComparingTo("640");
        assertThat(c.explanation()).contains("July–December FY26");
    }

    @Test
    void a_first_release_since_revised_is_recognised() {
        CheckedClaim c = only("IT exports were $135 million in November 2025.");
        assertThat(c.verdict()).isEqualTo(Verdict.CONTRADICTED);
        assertThat(c.explanation()).contains("first release for November 2025, since revised to $130 million");
    }

    @Test
    void a_first_release_is_supported_where_the_revision_came_later_or_the_text_names_it() {
        Observation first = observation("135", 1);
        Observation revisedLater = new Observation(
                first.period(),
                new BigDecimal("130"),
                ObservationStatus.REVISED,
                2,
                LocalDate.of(2026, 3, 5),
                PublicByBasis.SOURCE,
                List.of("https://example.org/v2"),
                "");
        VintageSource dated = (id, period) ->
                id.equals(IT) && period.equals(first.period()) ? List.of(first, revisedLater) : List.of();
        ClaimChecker asOf = ClaimChecker.of(data, dated, lexicon);
        String text = "IT exports were $135 million in November 2025.";
        CheckedClaim then = asOf.check(text, JAN_20_2026).claims().get(0);
        assertThat(then.verdict()).isEqualTo(Verdict.SUPPORTED);
        assertThat(then.explanation()).contains("as first released", "since revised to $130 million");
        // a revision dated by its source before the article: the article quoted an outdated figure
        assertThat(asOf.check(text, LocalDate.of(2026, 4, 1)).claims().get(0).verdict())
                .isEqualTo(Verdict.CONTRADICTED);
        // the revision's date unknown (compiled), but the text names the figure as the earlier one
        CheckedClaim named = claimAt(
                "IT exports for November 2025 were revised to $130 million from the initial estimates of"
                        + " $135 million.",
                "$135 million");
        assertThat(named.verdict()).isEqualTo(Verdict.SUPPORTED);
    }

    @Test
    void a_share_of_a_total_published_rounded_is_an_interval() {
        // 160 of a total published as 2,000 (1,950 .. 2,050) is 7.80% .. 8.21%
        InMemorySource rounded = new InMemorySource()
                .monthly(IT, Unit.USD_MILLION, "xx.goods.exports+xx.services.exports")
                .values(IT, "2025-12", 160)
                .monthly("xx.goods.exports", Unit.USD_MILLION, "")
                .value("xx.goods.exports", CalendarMonth.of(2025, 12), "1800")
                .monthly("xx.services.exports", Unit.USD_MILLION, "")
                .values("xx.services.exports", "2025-12", 200);
        ClaimChecker c = ClaimChecker.of(rounded, VintageSource.none(), lexicon);
        CheckedClaim inside = c.check("IT exports were 8.2% of total exports in December 2025.", JAN_20_2026)
                .claims()
                .get(0);
        assertThat(inside.verdict()).isEqualTo(Verdict.SUPPORTED);
        assertThat(inside.explanation()).contains("rounded", "7.80% to 8.21%");
        assertThat(c.check("IT exports were 8.4% of total exports in December 2025.", JAN_20_2026)
                        .claims()
                        .get(0)
                        .verdict())
                .isEqualTo(Verdict.UNVERIFIABLE);
    }

    @Test
    void another_series_figure_is_named() {
        CheckedClaim c = only("IT exports were $555 million in December 2025.");
        assertThat(c.verdict()).isEqualTo(Verdict.CONTRADICTED);
        assertThat(c.explanation()).contains("xx.textiles.exports");
    }

    @Test
    void a_percentage_the_texts_own_numbers_do_not_give_is_inconsistent() {
        // The text's November (125) is not the data's (130); its 23% is the data's change, rounded.
        CheckedClaim c = claimAt(
                "IT exports rose from $125 million in November 2025 to $160 million in December 2025, up 23%.", "23%");
        assertThat(c.verdict()).isEqualTo(Verdict.INCONSISTENT);
        assertThat(c.actual()).isEqualByComparingTo("28");
        assertThat(c.explanation()).contains("+28.0%, not +23%", "The data:");
    }

    /**
     * Real sentence: ProPakistani, 2023-08-18, https://propakistani.pk/2023/08/18/it-exports-increase-by-7-yoy-in-july/
     * — "reached an all-time high of $2.619 billion, a growth rate of 47.43 percent in the fiscal
     * year 2022 compared to $2.108 billion": both ends are the data's, so the percentage is wrong
     * against the data, not only against the text.
     */
    @Test
    void a_percentage_both_the_texts_ends_and_the_data_deny_is_contradicted() {
        CheckedClaim c = claimAt(
                "IT exports rose from $130 million in November 2025 to $160 million in December 2025, up 30%.", "30%");
        assertThat(c.verdict()).isEqualTo(Verdict.CONTRADICTED);
        assertThat(c.actual()).isEqualByComparingTo("23.0769");
        assertThat(c.explanation()).contains("agree with the data", "+23.1%, not +30%");
    }

    @Test
    void rounded_own_numbers_are_not_called_inconsistent() {
        CheckedClaim c =
                claimAt("IT exports rose to $0.16 billion in December 2025 from $0.13 billion, up 23%.", "23%");
        assertThat(c.verdict()).isEqualTo(Verdict.SUPPORTED);
    }

    @Test
    void a_share_is_supported_by_the_denominator_that_gives_it() {
        CheckedClaim c = only("IT exports were 10% of total exports in December 2025.");
        assertThat(c.verdict()).isEqualTo(Verdict.SUPPORTED);
        assertThat(c.explanation()).contains("xx.goods.exports+xx.services.exports");
    }

    @Test
    void an_unreproducible_share_names_the_denominators_tried() {
        CheckedClaim c = only("IT exports were 12% of total exports in December 2025.");
        assertThat(c.verdict()).isEqualTo(Verdict.UNVERIFIABLE);
        assertThat(c.actual()).isEqualByComparingTo("10");
        assertThat(c.explanation())
                .contains("No listed denominator reproduces 12%", "xx.goods.exports+xx.services.exports");
    }

    @Test
    void a_truncated_percentage_is_approximate_when_the_data_has_the_digits() {
        InMemorySource precise = new InMemorySource()
                .monthly(IT, Unit.USD_MILLION, "")
                .value(IT, CalendarMonth.of(2025, 11), "130.000")
                .value(IT, CalendarMonth.of(2025, 12), "160.000");
        CheckedClaim c = ClaimChecker.of(precise, VintageSource.none(), lexicon)
                .check("In December 2025 IT exports grew 23.0% month-on-month.", JAN_20_2026)
                .claims()
                .get(0);
        assertThat(c.verdict()).isEqualTo(Verdict.APPROXIMATE); // 23.077%, and a published 130.000 is not rounded
        assertThat(c.explanation()).contains("truncates");
    }

    @Test
    void a_change_from_a_figure_published_rounded_is_an_interval() {
        // July-January FY26 published as "$2.61 billion" (2610): 2605 .. 2615 over 2177 gives +19.660% to +20.119%
        InMemorySource rounded = new InMemorySource()
                .add(IT + ".fytd", Unit.USD_MILLION, Frequency.FYTD, "")
                .value(IT + ".fytd", MonthSpan.parse("2025-07/2026-01"), "2610")
                .value(IT + ".fytd", MonthSpan.parse("2024-07/2025-01"), "2177")
                .monthly(IT, Unit.USD_MILLION, "");
        ClaimChecker c = ClaimChecker.of(rounded, VintageSource.none(), lexicon);
        CheckedClaim claim = c.check("IT exports rose 19.78% in July-January FY26.", LocalDate.of(2026, 2, 20))
                .claims()
                .get(0);
        assertThat(claim.verdict()).isEqualTo(Verdict.SUPPORTED);
        assertThat(claim.explanation()).contains("rounded", "+19.660% to +20.119%");
        assertThat(c.check("IT exports rose 20.5% in July-January FY26.", LocalDate.of(2026, 2, 20))
                        .claims()
                        .get(0)
                        .verdict())
                .isEqualTo(Verdict.CONTRADICTED);
    }

    @Test
    void a_fall_reported_as_a_rise_is_contradicted() {
        CheckedClaim c = only("In January 2025 IT exports fell 8.1% month-on-month.");
        assertThat(c.verdict()).isEqualTo(Verdict.CONTRADICTED);
        assertThat(c.explanation()).contains("direction wrong");
    }

    @Test
    void an_unstated_comparison_tries_year_on_year_then_month_on_month() {
        CheckedClaim c = only("IT exports in December 2025 rose 23.1%.");
        assertThat(c.verdict()).isEqualTo(Verdict.SUPPORTED);
        assertThat(c.explanation()).contains("month-on-month");
    }

    @Test
    void a_monthly_average_over_the_months_before_is_an_average_not_the_months_value() {
        // December 2024 to November 2025: (111 + 120 + … + 130, June 140) / 12 = 1501 / 12 = 125.08
        CheckedClaim before = claimAt(
                "IT exports were $160 million in December 2025, above the average of the last 12 months"
                        + " that comes to around $125 million monthly.",
                "$125");
        assertThat(before.kind()).isEqualTo(ClaimKind.AVERAGE);
        assertThat(before.verdict()).isEqualTo(Verdict.SUPPORTED);
        assertThat(before.period().code()).isEqualTo("2024-12/2025-11");
        assertThat(before.explanation())
                .isEqualTo("The average of the 12 months December 2024–November 2025 was $125.1 million a month."
                        + " Read as \"about\": within 2.5% of $125 million or one unit of its last digit.");
        // January to December 2025: 1550 / 12 = 129.17, "the last 12 months" read through the month
        CheckedClaim through =
                claimAt("In December 2025 IT exports beat their 12-month average of $129 million.", "$129");
        assertThat(through.verdict()).isEqualTo(Verdict.SUPPORTED);
        assertThat(through.period().code()).isEqualTo("2025-01/2025-12");
        CheckedClaim wrong =
                claimAt("In December 2025 IT exports beat their 12-month average of $150 million.", "$150");
        assertThat(wrong.kind()).isEqualTo(ClaimKind.AVERAGE);
        assertThat(wrong.verdict()).isEqualTo(Verdict.CONTRADICTED);
        assertThat(wrong.explanation()).contains("The average of the 12 months");
    }

    @Test
    void an_average_over_months_the_data_lacks_is_unverifiable_never_taken_over_fewer() {
        CheckedClaim c = claimAt(
                "In November 2025 IT exports were above the average of the last 24 months of $120 million.", "$120");
        assertThat(c.kind()).isEqualTo(ClaimKind.AVERAGE);
        assertThat(c.verdict()).isEqualTo(Verdict.UNVERIFIABLE);
        assertThat(c.explanation()).contains("the 24-month average cannot be taken");
    }

    @Test
    void a_paragraph_naming_a_publisher_is_checked_against_that_publishers_own_figures() {
        InMemorySource withPbs = data.monthly(IT + ".pbs", Unit.USD_MILLION, "")
                .value(IT + ".pbs", CalendarMonth.of(2025, 11), "130.250")
                .value(IT + ".pbs", CalendarMonth.of(2024, 11), "110.050");
        ClaimChecker pbs = ClaimChecker.of(
                withPbs,
                vintages,
                lexicon.withPublisherVariants(
                        List.of(new SubjectLexicon.PublisherVariant("PBS", IT, IT + ".pbs", true))));
        String named = "IT exports were $130.250 million in November 2025, up 18.36% from $110.050 million a year"
                + " earlier, the PBS reported.";
        List<CheckedClaim> claims = pbs.check(named, JAN_20_2026).claims();
        assertThat(claims).extracting(CheckedClaim::verdict).containsOnly(Verdict.SUPPORTED);
        assertThat(claims).extracting(CheckedClaim::series).containsOnly(IT + ".pbs");
        // without the publisher named, the same figures are the SBP series' (130, 110): 130.250 is not 130
        String unnamed = named.replace(", the PBS reported", "");
        assertThat(pbs.check(unnamed, JAN_20_2026).claims().get(0).verdict()).isEqualTo(Verdict.CONTRADICTED);
        // a period the publisher's series lacks is checked against the series itself
        CheckedClaim december = pbs.check("IT exports were $160 million in December 2025, the PBS said.", JAN_20_2026)
                .claims()
                .get(0);
        assertThat(december.series()).isEqualTo(IT);
        assertThat(december.verdict()).isEqualTo(Verdict.SUPPORTED);
    }

    @Test
    void a_gap_to_a_stated_target_is_the_periods_value_against_the_target() {
        // FY25 (July 2024 to June 2025): 106 + … + 111 + 120 + … + 124 + 140 = 1401
        CheckedClaim missed = claimAt(
                "IT exports missed the target of $1.6 billion set for FY25 by around 12 percent.", "12 percent");
        assertThat(missed.kind()).isEqualTo(ClaimKind.TARGET_GAP);
        assertThat(missed.verdict()).isEqualTo(Verdict.SUPPORTED);
        assertThat(missed.explanation())
                .isEqualTo("FY25 was $1.401 billion (sum of 12 months), short of the target of $1.60 billion by 12.4%."
                        + " Read as \"about\": within 2.5% of 12 percent or one unit of its last digit.");
        CheckedClaim beaten =
                claimAt("IT exports exceeded the target of $1.3 billion set for FY25 by 7.8 percent.", "7.8 percent");
        assertThat(beaten.verdict()).isEqualTo(Verdict.SUPPORTED);
        CheckedClaim wrong =
                claimAt("IT exports missed the target of $1.6 billion set for FY25 by 20 percent.", "20 percent");
        assertThat(wrong.verdict()).isEqualTo(Verdict.CONTRADICTED);
        assertThat(wrong.actual().doubleValue()).isCloseTo(-12.4375, org.assertj.core.api.Assertions.within(1e-9));
    }

    @Test
    void the_first_amount_of_from_x_to_y_in_a_span_is_the_span_a_year_earlier() {
        // July-November 2025 is 640 (126 + … + 130); July-November 2024, 540 (106 + … + 110)
        String text = "IT exports rose from $540 million to $640 million in July-November 2025.";
        CheckedClaim from = claimAt(text, "$540");
        assertThat(from.period().code()).isEqualTo("2024-07/2024-11");
        assertThat(from.verdict()).isEqualTo(Verdict.SUPPORTED);
        assertThat(claimAt(text, "$640").verdict()).isEqualTo(Verdict.SUPPORTED);
        CheckedClaim monthBefore =
                claimAt("IT exports rose month-on-month from $130 million to $160 million in December 2025.", "$130");
        assertThat(monthBefore.period().code()).isEqualTo("2025-11");
        assertThat(monthBefore.verdict()).isEqualTo(Verdict.SUPPORTED);
    }

    @Test
    void a_record_that_is_not_one_is_contradicted() {
        CheckedClaim c = claimAt("IT exports hit a record $130 million in November 2025.", "record");
        assertThat(c.verdict()).isEqualTo(Verdict.CONTRADICTED);
        assertThat(c.explanation()).contains("Not a record");
    }

    @Test
    void targets_rupees_missing_months_and_unnamed_series_are_unverifiable_with_the_reason() {
        assertThat(only("The target is $200 million for IT exports in December 2025.")
                        .explanation())
                .contains("target");
        assertThat(only("IT exports earned Rs 30 crore 50 lakh in December 2025.")
                        .explanation())
                .contains("rupees");
        assertThat(only("IT exports were $170 million in March 2026.").explanation())
                .contains("no value", "its latest month is December 2025");
        assertThat(only("The figure was $160 million in December 2025.").explanation())
                .contains("names no series");
    }

    @Test
    void the_date_is_found_in_the_text_when_not_given() {
        CheckReport r = checker.check("ISLAMABAD, January 20, 2026: IT exports were $130 million in November.", null);
        assertThat(r.date()).isEqualTo(JAN_20_2026);
        assertThat(r.claims().get(0).period().code()).isEqualTo("2025-11");
        assertThat(r.claims().get(0).verdict()).isEqualTo(Verdict.SUPPORTED);
        assertThat(r.dateAssumed())
                .as("every output says which date was assumed, and from where")
                .isEqualTo("2026-01-20 (the first full date in the text); relative periods read against December 2025");
        assertThat(checker.check("IT exports were $130 million in November.", JAN_20_2026)
                        .dateAssumed())
                .isEqualTo("2026-01-20 (given); relative periods read against December 2025");
        assertThat(checker.check("IT exports were $130 million in November.", null)
                        .dateAssumed())
                .isEqualTo("not given and none in the text; relative periods read against December 2025, the latest"
                        + " month of the data");
    }

    @Test
    void an_amount_up_from_a_named_month_takes_that_month() {
        CheckReport r = checker.check(
                "IT exports rose to $160 million in December 2025, up from $130 million in November, a 23.1% rise.",
                JAN_20_2026);
        assertThat(r.claims()).extracting(CheckedClaim::verdict).containsOnly(Verdict.SUPPORTED);
        assertThat(r.claims()).extracting(c -> c.period().code()).containsExactly("2025-12", "2025-11", "2025-12");
    }

    @Test
    void for_the_first_time_with_an_amount_is_a_threshold_never_reached_before() {
        CheckedClaim first =
                claimAt("For the first time, IT exports crossed $150 million in December 2025.", "first time");
        assertThat(first.kind()).isEqualTo(ClaimKind.RECORD);
        assertThat(first.verdict()).isEqualTo(Verdict.SUPPORTED);
        CheckedClaim notFirst =
                claimAt("For the first time, IT exports crossed $100 million in December 2025.", "first time");
        assertThat(notFirst.verdict()).isEqualTo(Verdict.CONTRADICTED);
    }

    @Test
    void a_multiple_is_a_change_in_percent() {
        CheckedClaim c = only("IT exports in December 2025 grew 1.4 times over December 2024.");
        assertThat(c.claimed()).isEqualByComparingTo("40");
        assertThat(c.verdict()).isEqualTo(Verdict.SUPPORTED); // 160 / 111 = 1.44 rounds to 1.4
        assertThat(only("IT exports in December 2025 grew 1.6 times over December 2024.")
                        .verdict())
                .isEqualTo(Verdict.CONTRADICTED);
    }

    @Test
    void empty_text_has_no_claims() {
        assertThat(checker.check("", null).claims()).isEmpty();
        assertThat(checker.check("   \n\n  ", null).claims()).isEmpty();
    }
}
