package org.exportpulse.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.exportpulse.core.series.Frequency;
import org.exportpulse.core.series.Unit;
import org.exportpulse.core.series.VintageSource;
import org.exportpulse.core.testkit.InMemorySource;
import org.exportpulse.core.time.MonthSpan;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

/**
 * Whatever the text, the checker gives a result and never throws; every span indexes the text as
 * given. Texts are built from fragments the scanners react to (numbers, units, months, fiscal
 * forms, tags, odd spaces and dashes), shuffled with a seed per repetition.
 */
class ClaimCheckerRobustnessTest {

    private static final String IT = "xx.ict.exports";
    private static final String[] FRAGMENTS = {
        "IT exports",
        "ICT",
        "total exports",
        "$",
        "US$",
        "Rs",
        "437",
        "2.236",
        "1,799",
        "0",
        "00",
        "99999999999999999999",
        "million",
        "billion",
        "crore",
        "lakh",
        "bn",
        "m",
        "%",
        "percent",
        "pc",
        "per cent",
        "percentage points",
        "times",
        "doubled",
        "up",
        "down",
        "rose",
        "fell",
        "from",
        "to",
        "than",
        "compared to",
        "in",
        "of",
        "record",
        "highest-ever",
        "for the first time",
        "December",
        "Dec-25",
        "February 30,",
        "2025",
        "2025-26",
        "2025-13",
        "FY26",
        "FY99",
        "FY2025-27",
        "5MFY26",
        "13MFY26",
        "0MFY26",
        "1HFY26",
        "Q5FY26",
        "Q1FY26",
        "July–November",
        "first half of",
        "first 14 months of",
        "the current fiscal year",
        "last month",
        "the previous month",
        "the same period last year",
        "year-on-year",
        "month-on-month",
        "share of",
        "target",
        "nearly",
        "about",
        "over",
        "<p>",
        "</p>",
        "<b>",
        "&nbsp;",
        "&amp;",
        "&#8722;",
        "\u2212",
        "\u2013",
        "\u00a0",
        "\u2009",
        "(",
        ")",
        ".",
        ",",
        ";",
        "\n",
        "\n\n",
        "'",
        "\"",
        "\ud83d\ude00",
        "\u0000",
        "\uFFFF",
        "-",
        "+",
        "/",
        "0.",
        ".5",
        "2026-01-20"
    };

    private final ClaimChecker checker = ClaimChecker.of(
            new InMemorySource()
                    .monthly(IT, Unit.USD_MILLION, "xx.goods.exports+xx.services.exports")
                    .values(IT, "2025-01", 120, 121, 122, 123, 124, 125, 126, 127, 128, 129, 130, 160)
                    .add(IT + ".fytd", Unit.USD_MILLION, Frequency.FYTD, "")
                    .value(IT + ".fytd", MonthSpan.parse("2025-07/2025-12"), "800")
                    .monthly("xx.goods.exports", Unit.USD_MILLION, "")
                    .monthly("xx.services.exports", Unit.USD_MILLION, ""),
            VintageSource.none(),
            SubjectLexicon.of(List.of(
                    new SubjectLexicon.Entry("IT exports", IT, false),
                    new SubjectLexicon.Entry("ICT", IT, true),
                    new SubjectLexicon.Entry("total exports", "xx.goods.exports+xx.services.exports", false))));

    @RepeatedTest(300)
    void any_text_gives_a_result_with_valid_spans(RepetitionInfo repetition) {
        Random random = new Random(20261128L + repetition.getCurrentRepetition());
        StringBuilder b = new StringBuilder();
        int n = 5 + random.nextInt(80);
        for (int i = 0; i < n; i++) {
            b.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]).append(random.nextInt(4) == 0 ? "" : " ");
        }
        String text = b.toString();
        LocalDate date = random.nextBoolean() ? null : LocalDate.of(2026, 1, 20);
        CheckReport report = checker.check(text, date);
        for (CheckedClaim c : report.claims()) {
            assertThat(c.start()).isBetween(0, text.length());
            assertThat(c.end()).isBetween(c.start() + 1, text.length());
            assertThat(text.substring(c.start(), c.end())).isEqualTo(c.text());
            assertThat(c.explanation()).isNotBlank();
            assertThat(c.verdict()).isNotNull();
        }
    }

    @Test
    void impossible_dates_and_periods_are_not_read_as_such() {
        CheckReport r =
                checker.check("On February 30, 2026, IT exports in Q5FY26 and 13MFY26 were $437 million.", null);
        assertThat(r.date()).isNull();
        assertThat(r.claims())
                .singleElement()
                .satisfies(c -> assertThat(c.verdict()).isNotNull());
    }
}
