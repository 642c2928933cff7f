package org.exportpulse.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import org.exportpulse.core.series.Frequency;
import org.exportpulse.core.series.Unit;
import org.exportpulse.core.series.VintageSource;
import org.exportpulse.core.testkit.InMemorySource;
import org.exportpulse.core.time.FiscalYear;
import org.junit.jupiter.api.Test;

/** Record words applied to shares, and ranks within a whole (claim class 8). */
class RankAndShareRecordTest {

    private static final String IT = "xx.ict.exports";
    private static final LocalDate JAN_20_2026 = LocalDate.of(2026, 1, 20);

    /**
     * IT exports October–December 2025: 100, 120, 160 of goods and services totals 1,100, 1,100
     * and 1,600 (9.1 %, 10.9 %, 10.0 %); its parts in FY25: computer 900, telecom 250, information
     * 10; services exports 200 in December 2025 (IT 80 % of it) and 400 in November (30 %).
     */
    private final InMemorySource data = new InMemorySource()
            .monthly(IT, Unit.USD_MILLION, "xx.goods.exports+xx.services.exports")
            .values(IT, "2025-10", 100, 120, 160)
            .monthly("xx.goods.exports", Unit.USD_MILLION, "")
            .values("xx.goods.exports", "2025-10", 1000, 700, 1400)
            .monthly("xx.services.exports", Unit.USD_MILLION, "")
            .values("xx.services.exports", "2025-10", 100, 400, 200)
            .add("xx.ict.computer.fy", Unit.USD_MILLION, Frequency.FISCAL_YEAR, "")
            .value("xx.ict.computer.fy", new FiscalYear(2025, Month.JULY), "900")
            .add("xx.ict.telecom.fy", Unit.USD_MILLION, Frequency.FISCAL_YEAR, "")
            .value("xx.ict.telecom.fy", new FiscalYear(2025, Month.JULY), "250")
            .add("xx.ict.information.fy", Unit.USD_MILLION, Frequency.FISCAL_YEAR, "")
            .value("xx.ict.information.fy", new FiscalYear(2025, Month.JULY), "10");

    private final SubjectLexicon lexicon = SubjectLexicon.of(List.of(
                    new SubjectLexicon.Entry("IT exports", IT, false),
                    new SubjectLexicon.Entry("computer services", "xx.ict.computer", false),
                    new SubjectLexicon.Entry("telecom services", "xx.ict.telecom", false),
                    new SubjectLexicon.Entry("total exports", "xx.goods.exports+xx.services.exports", false)))
            .withRankings(List.of(
                    new SubjectLexicon.Ranking(
                            "IT exports", List.of("xx.ict.computer", "xx.ict.telecom", "xx.ict.information"), "", ""),
                    new SubjectLexicon.Ranking("services exports", List.of(), "xx.services.exports", "other services"),
                    new SubjectLexicon.Ranking("foreign exchange", List.of(), "", "workers' remittances")));

    private final ClaimChecker checker = ClaimChecker.of(data, VintageSource.none(), lexicon);

    private CheckedClaim kind(String text, ClaimKind kind) {
        List<CheckedClaim> found = checker.check(text, JAN_20_2026).claims().stream()
                .filter(c -> c.kind() == kind)
                .toList();
        assertThat(found).as(text).hasSize(1);
        return found.get(0);
    }

    @Test
    void a_record_word_beside_a_share_is_a_share_record() {
        CheckedClaim c =
                kind("IT exports took a record 10.9% share of total exports in November 2025.", ClaimKind.RECORD);
        assertThat(c.verdict()).isEqualTo(Verdict.SUPPORTED);
        assertThat(c.explanation()).contains("10.9%", "highest share", "9.1% in October 2025");
    }

    @Test
    void a_share_record_an_earlier_month_beat_is_contradicted() {
        CheckedClaim c = kind("IT exports had a record 10% share of total exports in December 2025.", ClaimKind.RECORD);
        assertThat(c.verdict()).isEqualTo(Verdict.CONTRADICTED);
        assertThat(c.explanation()).contains("Not a record share: November 2025 had 10.9%");
    }

    @Test
    void a_first_time_share_with_no_earlier_share_is_unverifiable() {
        CheckedClaim c = kind(
                "For the first time, IT exports made up over 9% of total exports in October 2025.", ClaimKind.RECORD);
        assertThat(c.verdict()).isEqualTo(Verdict.UNVERIFIABLE);
        assertThat(c.explanation()).contains("no earlier share");
    }

    @Test
    void a_rank_among_stored_parts_is_judged_on_their_values() {
        CheckedClaim first = kind("In FY25, computer services had the highest share in IT exports.", ClaimKind.RANK);
        assertThat(first.verdict()).isEqualTo(Verdict.SUPPORTED);
        assertThat(first.explanation()).contains("ranked first of 3", "$900 million");
        CheckedClaim second =
                kind("In FY25, telecom services were the largest component of IT exports.", ClaimKind.RANK);
        assertThat(second.verdict()).isEqualTo(Verdict.CONTRADICTED);
        assertThat(second.actual()).isEqualByComparingTo("2");
    }

    @Test
    void a_part_above_half_of_a_stored_total_is_the_largest() {
        CheckedClaim c = kind(
                "In December 2025, IT exports were the largest contributor within services exports.", ClaimKind.RANK);
        assertThat(c.verdict()).isEqualTo(Verdict.SUPPORTED);
        assertThat(c.explanation()).contains("80.0%", "more than half");
        CheckedClaim below = kind(
                "In November 2025, IT exports were the largest contributor within services exports.", ClaimKind.RANK);
        assertThat(below.verdict()).isEqualTo(Verdict.UNVERIFIABLE);
        assertThat(below.explanation()).contains("30.0%", "other services");
    }

    @Test
    void a_rank_the_data_cannot_make_says_what_it_lacks() {
        CheckedClaim c = kind(
                "IT exports are now the third-largest source of foreign exchange for the country.", ClaimKind.RANK);
        assertThat(c.verdict()).isEqualTo(Verdict.UNVERIFIABLE);
        assertThat(c.claimed()).isEqualByComparingTo("3");
        assertThat(c.explanation()).contains("workers' remittances");
    }
}
