package org.exportpulse.formats.tidy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.exportpulse.core.series.Denominator;
import org.exportpulse.core.series.Frequency;
import org.exportpulse.core.series.Series;
import org.exportpulse.core.series.SeriesKind;
import org.exportpulse.core.series.Unit;
import org.exportpulse.core.time.FiscalCalendar;
import org.exportpulse.formats.IncomingObservation;
import org.exportpulse.formats.IngestException;
import org.exportpulse.formats.IngestProblem;
import org.exportpulse.formats.NamedInput;
import org.exportpulse.formats.Problems;
import org.junit.jupiter.api.Test;

/** Every class of bad tidy input is refused with FILE:LINE: field: what is wrong (expected …). */
class TidyBadInputTest {

    private static final String HEADER = "series,period,value\n";
    private static final String WITH_UNIT = "series,period,value,unit\n";
    private static final Series ICT = new Series(
            "pk.ict.exports",
            "ICT exports",
            Unit.USD_MILLION,
            Frequency.MONTH,
            SeriesKind.FLOW,
            FiscalCalendar.JULY_TO_JUNE,
            "SBP",
            "",
            List.<Denominator>of());
    private static final Function<String, Optional<Series>> KNOWN =
            id -> id.equals(ICT.id()) ? Optional.of(ICT) : Optional.empty();

    private static List<IncomingObservation> read(String text) throws Exception {
        return read(text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<IncomingObservation> read(byte[] bytes) throws Exception {
        return TidyObservationReader.read(NamedInput.ofBytes("values.csv", bytes), KNOWN);
    }

    private static IngestProblem onlyProblem(String text) {
        IngestException e =
                org.assertj.core.api.Assertions.catchThrowableOfType(IngestException.class, () -> read(text));
        assertThat(e).as("expected the input to be refused").isNotNull();
        assertThat(e.problems()).hasSize(1);
        return e.problems().get(0);
    }

    @Test
    void a_valid_minimal_file_reads() throws Exception {
        List<IncomingObservation> rows = read("series,period,value\npk.ict.exports,2025-12,437\n");
        assertThat(rows).singleElement().satisfies(o -> {
            assertThat(o.value()).isEqualByComparingTo("437");
            assertThat(o.vintage()).as("no vintage column").isNull();
            assertThat(o.line()).isEqualTo(2);
        });
    }

    @Test
    void a_decimal_comma_unquoted_is_refused_not_truncated() {
        IngestProblem p = onlyProblem(HEADER + "pk.ict.exports,2021-01,1,5\n");
        assertThat(p.toString())
                .startsWith("values.csv:2: the line has 4 fields but the header has 3")
                .contains("decimal comma");
    }

    @Test
    void the_byte_order_mark_of_excels_csv_utf8_is_skipped() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = "series,period,value\npk.ict.exports,2025-12,437\n".getBytes(StandardCharsets.UTF_8);
        byte[] both = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, both, 0, bom.length);
        System.arraycopy(text, 0, both, bom.length, text.length);
        assertThat(read(both))
                .singleElement()
                .satisfies(o -> assertThat(o.value()).isEqualByComparingTo("437"));
    }

    @Test
    void periods_and_dates_outside_1900_to_2099_are_refused() {
        assertThat(onlyProblem(HEADER + "pk.ict.exports,9999-12,437\n").toString())
                .startsWith("values.csv:2: period: '9999-12' is outside the periods accepted (expected one from 1900"
                        + " to 2099)");
        assertThat(onlyProblem(HEADER + "pk.ict.exports,0000-01,437\n").toString())
                .startsWith("values.csv:2: period: '0000-01' is outside");
        assertThat(onlyProblem("series,period,value,public_by\npk.ict.exports,2025-12,437,9999-12-31\n")
                        .toString())
                .startsWith("values.csv:2: public_by: '9999-12-31' is outside the dates accepted");
    }

    @Test
    void notes_and_sources_longer_than_the_store_holds_are_refused_with_line_and_field() {
        assertThat(onlyProblem("series,period,value,note\npk.ict.exports,2025-12,437," + "n".repeat(8001) + "\n")
                        .toString())
                .isEqualTo("values.csv:2: note: has 8001 characters (expected at most 8000, the most the store"
                        + " holds)");
        assertThat(onlyProblem("series,period,value,source\npk.ict.exports,2025-12,437,https://x.org/"
                                + "s".repeat(9000) + "\n")
                        .toString())
                .startsWith("values.csv:2: source: has 9014 characters");
        assertThat(onlyProblem(HEADER + "pk.ict.exports,2025-12,1" + "0".repeat(26) + "\n")
                        .toString())
                .startsWith("values.csv:2: value: ")
                .contains("more digits than the store holds");
        assertThat(onlyProblem(HEADER + "pk.ict.exports,2025-12,1e309\n").toString())
                .startsWith("values.csv:2: value: ");
    }

    @Test
    void a_huge_field_is_not_echoed_whole() {
        String huge = "x".repeat(1_000_000);
        IngestProblem p = onlyProblem(HEADER + huge + ",2025-12,437\n");
        assertThat(p.toString()).startsWith("values.csv:2: series: ").contains("characters cut");
        assertThat(p.toString().length()).isLessThan(3 * IngestProblem.LONGEST_ECHO);
    }

    @Test
    void an_unparsable_number_names_file_line_and_field() {
        IngestProblem p = onlyProblem(HEADER + "pk.ict.exports,2025-11,356\npk.ict.exports,2025-12,\"4,37\"\n");
        assertThat(p.toString())
                .startsWith("values.csv:3: value: '4,37' is not a number")
                .contains("(expected");
    }

    @Test
    void an_impossible_period_is_refused() {
        IngestProblem p = onlyProblem(HEADER + "pk.ict.exports,2025-13,437\n");
        assertThat(p.toString()).startsWith("values.csv:2: period: month 13 of 2025 does not exist");
    }

    @Test
    void an_unparsable_period_is_refused() {
        assertThat(onlyProblem(HEADER + "pk.ict.exports,Dec 2025,437\n").toString())
                .startsWith("values.csv:2: period: 'Dec 2025' is not a period (expected");
    }

    @Test
    void a_period_that_does_not_suit_the_frequency_is_refused() {
        assertThat(onlyProblem(HEADER + "pk.ict.exports,FY2026,4200\n").message())
                .contains("frequency is month")
                .contains("expected a month like 2025-11");
    }

    @Test
    void an_unknown_unit_is_refused() {
        assertThat(onlyProblem(WITH_UNIT + "pk.ict.exports,2025-12,437,USD zillion\n")
                        .toString())
                .startsWith("values.csv:2: value: 'USD zillion' is not a unit (expected");
    }

    @Test
    void a_currency_different_from_the_series_is_refused() {
        assertThat(onlyProblem(WITH_UNIT + "pk.ict.exports,2025-12,437,PKR million\n")
                        .message())
                .contains("PKR")
                .contains("expected a unit in USD");
    }

    @Test
    void scale_units_are_converted_keeping_precision() throws Exception {
        List<IncomingObservation> rows = read(WITH_UNIT + "pk.ict.exports,2025-12,2.236,USD billion\n"
                + "pk.ict.exports,2025-11,356000,thousand USD\n");
        assertThat(rows.get(0).value()).isEqualByComparingTo("2236");
        assertThat(rows.get(1).value().toPlainString()).isEqualTo("356.000");
    }

    @Test
    void a_conflicting_duplicate_in_one_file_is_refused_naming_both_lines() {
        IngestProblem p = onlyProblem(HEADER + "pk.ict.exports,2025-12,437\npk.ict.exports,2025-12,438\n");
        assertThat(p.toString()).startsWith("values.csv:3: value: conflicts with line 2");
    }

    @Test
    void an_identical_duplicate_is_read_once() throws Exception {
        assertThat(read(HEADER + "pk.ict.exports,2025-12,437\npk.ict.exports,2025-12,437.0\n"))
                .hasSize(1);
    }

    @Test
    void rows_with_different_vintages_of_one_period_are_not_duplicates() throws Exception {
        assertThat(read("series,period,value,vintage\npk.ict.exports,2024-11,324,1\npk.ict.exports,2024-11,310,2\n"))
                .hasSize(2);
    }

    @Test
    void an_empty_file_is_refused() {
        assertThat(onlyProblem("").toString())
                .isEqualTo("values.csv: the file is empty (expected a header line and rows)");
    }

    @Test
    void a_file_in_another_encoding_is_refused_at_the_line_of_the_bad_byte() {
        byte[] latin1 = (WITH_UNIT + "pk.ict.exports,2025-12,437,USD million\npk.ict.exports,2025-11,356,\"note é\"\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        IngestException e =
                org.assertj.core.api.Assertions.catchThrowableOfType(IngestException.class, () -> read(latin1));
        assertThat(e.getMessage()).startsWith("values.csv:3: byte 0xE9 is not UTF-8 text (expected a UTF-8 file");
    }

    @Test
    void a_truncated_file_with_an_unclosed_quote_is_refused() {
        assertThat(onlyProblem(WITH_UNIT + "pk.ict.exports,2025-12,437,\"USD mill")
                        .message())
                .contains("malformed CSV")
                .contains("expected");
    }

    @Test
    void a_file_cut_in_the_middle_of_a_line_is_refused() {
        assertThat(onlyProblem(WITH_UNIT + "pk.ict.exports,2025-12,437,USD million\npk.ict.exports,2025-1")
                        .toString())
                .isEqualTo(
                        "values.csv:3: the line has 2 fields but the header has 4 (expected 4; is the file truncated?)");
    }

    @Test
    void a_header_missing_a_required_column_is_refused() {
        assertThat(onlyProblem("series,month,value\npk.ict.exports,2025-12,437\n")
                        .toString())
                .startsWith("values.csv:1: the header lacks required column(s) period (expected period,series,value)");
    }

    @Test
    void an_unknown_series_is_refused_saying_how_to_define_it() {
        assertThat(onlyProblem(HEADER + "pk.nothing,2025-12,437\n").toString())
                .startsWith("values.csv:2: series: unknown series 'pk.nothing'")
                .contains("series.csv");
    }

    @Test
    void a_bad_vintage_status_or_date_is_refused() {
        IngestException e = org.assertj.core.api.Assertions.catchThrowableOfType(
                IngestException.class,
                () -> read(
                        "series,period,value,vintage,status,public_by\npk.ict.exports,2025-12,437,0,final,2025-02-30\n"));
        assertThat(e.problems()).extracting(IngestProblem::field).containsExactly("status", "vintage", "public_by");
    }

    @Test
    void reports_the_first_fifty_problems_and_counts_the_rest() {
        StringBuilder text = new StringBuilder(HEADER);
        for (int i = 0; i < 70; i++) {
            text.append("pk.ict.exports,2025-12,x").append(i).append('\n');
        }
        assertThatThrownBy(() -> read(text.toString())).isInstanceOfSatisfying(IngestException.class, e -> {
            assertThat(e.problems()).hasSize(Problems.LIMIT);
            assertThat(e.total()).isEqualTo(70);
            assertThat(e.getMessage()).endsWith("… and 20 more problems");
        });
    }

    @Test
    void line_numbers_count_bare_carriage_returns_and_crlf() {
        IngestProblem cr = onlyProblem("series,period,value\rpk.ict.exports,2025-12,437\rpk.ict.exports,2025-11,x\r");
        assertThat(cr.line()).isEqualTo(3);
        IngestProblem crlf = onlyProblem("series,period,value\r\npk.ict.exports,2025-12,x\r\n");
        assertThat(crlf.line()).isEqualTo(2);
    }
}
