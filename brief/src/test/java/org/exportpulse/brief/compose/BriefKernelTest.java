package org.exportpulse.brief.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Collectors;
import org.exportpulse.core.engine.Engines;
import org.exportpulse.core.series.Frequency;
import org.exportpulse.core.series.Unit;
import org.exportpulse.core.series.VintageSource;
import org.exportpulse.core.testkit.InMemorySource;
import org.exportpulse.core.time.FiscalCalendar;
import org.exportpulse.core.time.Period;
import org.exportpulse.forecast.Ets;
import org.exportpulse.forecast.Forecasters;
import org.junit.jupiter.api.Test;

class BriefKernelTest {

    private static final String IT = "xx.ict.exports";

    /** 2024 at 100..111, 2025 at 120..131, then January 2026 at 125 (a fall); FY2025 total 1400. */
    private final InMemorySource data = new InMemorySource()
            .monthly(IT, Unit.USD_MILLION, "")
            .values(IT, "2024-01", 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111)
            .values(IT, "2025-01", 120, 121, 122, 123, 124, 125, 126, 127, 128, 129, 130, 131, 125)
            .add(IT + ".fy", Unit.USD_MILLION, Frequency.FISCAL_YEAR, "")
            .value(IT + ".fy", Period.parse("FY2025", FiscalCalendar.JULY_TO_JUNE), "1400");

    private Brief brief(String month) {
        return brief(month, null);
    }

    /** The brief as written on {@code today} (its freshness judged then); {@code null}: no freshness. */
    private Brief brief(String month, java.time.LocalDate today) {
        BriefSpec spec = new BriefSpec(
                IT,
                YearMonth.parse(month),
                List.of(),
                List.of(),
                List.of(),
                "XXX",
                "wdi.x.",
                "",
                "IT exports",
                "",
                new Wording("Xland", "IT", "Xland ", List.of()));
        BriefKernel kernel =
                BriefKernel.of(data, VintageSource.none(), List.of(), Engines.of(Forecasters.coreOnly(), new Ets()));
        if (today != null) {
            kernel = kernel.withFreshness(org.exportpulse.core.release.FreshnessKernel.of(
                            data,
                            List.of(new org.exportpulse.core.release.ReleasePattern(
                                    IT, "XX", 1, 16, 20, 23, 12, "test")))
                    .compute(IT, today)
                    .orElseThrow());
        }
        return kernel.compute(spec);
    }

    private static String text(BriefSection s) {
        return s.paragraphs().stream()
                .map(p -> p.stream()
                        .map(x -> x instanceof Part.Words w
                                ? w.text()
                                : "{" + ((Part.Number) x).number().key() + "}")
                        .collect(Collectors.joining()))
                .collect(Collectors.joining("\n"));
    }

    @Test
    void a_record_rise_and_a_fall_read_differently() {
        String december = text(brief("2025-12").section("headline"));
        assertThat(december)
                .startsWith("IT exports rose to a record {headline.value} in December 2025, up {headline.mom}"
                        + " from November and up {headline.yoy} on December 2024.");
        String january = text(brief("2026-01").section("headline"));
        assertThat(january)
                .startsWith("IT exports fell to {headline.value} in January 2026, down {headline.mom} from December");
        assertThat(january).doesNotContain("record");
    }

    @Test
    void the_pace_needed_to_match_last_year_is_stated_with_its_inputs() {
        Brief b = brief("2025-12");
        BriefNumber needed = b.numbers().stream()
                .filter(n -> n.key().equals("pace.needed"))
                .findFirst()
                .orElseThrow();
        // FY2025 1400 minus July–December 2025 (126..131 = 771)
        assertThat(needed.value()).isEqualByComparingTo("629");
        assertThat(needed.refs()).extracting(TraceRef::seriesId).contains(IT + ".fy", IT);
        assertThat(text(b.section("fiscal-year"))).contains("the remaining 6 months need {pace.needed}");
    }

    @Test
    void a_fiscal_year_that_has_ended_is_estimated_not_projected_as_running() {
        String running =
                text(brief("2026-01", java.time.LocalDate.of(2026, 2, 20)).section("outlook"));
        assertThat(running)
                .startsWith("If the remaining 5 months follow the pattern of recent years (")
                .contains("FY26 would end at about {outlook.total}");
        String ended =
                text(brief("2026-01", java.time.LocalDate.of(2026, 12, 4)).section("outlook"));
        assertThat(ended)
                .startsWith("FY26 ended in June 2026, but its last 5 months are not yet published. If they follow"
                        + " the pattern of recent years (")
                .contains("FY26 would have totalled about {outlook.total}")
                .doesNotContain("would end at about");
    }

    @Test
    void sections_without_data_say_so_in_one_line() {
        Brief b = brief("2025-12");
        for (String id : List.of("composition", "peers", "outlook")) {
            assertThat(b.section(id).available()).as(id).isFalse();
            assertThat(b.section(id).paragraphs()).as(id).hasSize(1);
            assertThat(b.section(id).paragraphs().get(0)).as(id).allMatch(p -> p instanceof Part.Words);
        }
        assertThat(text(b.section("trend")))
                .contains("Seasonally adjusted figures are not available: no seasonal-adjustment engine was given");
    }

    @Test
    void every_number_traces_to_stored_values() {
        for (BriefNumber n : brief("2025-12").numbers()) {
            assertThat(n.refs()).as(n.key()).isNotEmpty();
            for (TraceRef r : n.refs()) {
                assertThat(data.currentObservations(r.seriesId()))
                        .as(n.key() + " " + r)
                        .anyMatch(o -> o.period().code().equals(r.period())
                                && o.value().compareTo(new BigDecimal(r.value())) == 0);
            }
        }
    }
}
