package org.exportpulse.core.series;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.exportpulse.core.time.FiscalCalendar;
import org.junit.jupiter.api.Test;

/** Words, not substrings; the press's name for a series puts it first; groups by id. */
class SeriesSearchTest {

    private static final List<Series> ALL = List.of(
            series(
                    "pk.ict.exports",
                    "Pakistan IT & telecom (ICT) services exports",
                    "SBP",
                    "Telecommunication, computer"),
            series("pk.ict.computer.exports", "Pakistan computer services exports", "SBP", ""),
            series("wdi.ict_exports.ita", "Italy: ICT service exports (BoP, current US$)", "World Bank WDI", ""),
            series("wdi.ict_exports.hti", "Haiti: ICT service exports (BoP, current US$)", "World Bank WDI", ""),
            series("pk.pbs.textiles.exports.fy", "Pakistan textile group exports, fiscal year", "PBS", ""));

    private static final Map<String, String> PHRASES = Map.of("it exports", "pk.ict.exports");

    @Test
    void a_two_letter_word_matches_words_only_so_it_does_not_find_italy_or_haiti() {
        assertThat(ids("IT exports")).containsExactly("pk.ict.exports");
    }

    @Test
    void the_press_name_of_a_series_puts_it_first_and_words_match_singular_plural_and_prefixes() {
        List<SeriesSearch.Hit> hits = SeriesSearch.of(ALL, PHRASES).search("ICT exports");
        assertThat(hits).extracting(h -> h.series().id()).contains("pk.ict.exports", "wdi.ict_exports.ita");
        assertThat(ids("textile export")).containsExactly("pk.pbs.textiles.exports.fy");
        assertThat(ids("comp")).containsExactly("pk.ict.computer.exports", "pk.ict.exports");
        assertThat(ids("Italy")).containsExactly("wdi.ict_exports.ita");
        assertThat(ids("telecom & computer")).as("& reads as a stop word").containsExactly("pk.ict.exports");
    }

    @Test
    void every_word_must_match_and_a_blank_query_lists_all_by_id() {
        assertThat(ids("textile Italy")).isEmpty();
        assertThat(ids("  ")).isSortedAccordingTo(String::compareTo).hasSize(ALL.size());
    }

    private static List<String> ids(String query) {
        return SeriesSearch.of(ALL, PHRASES).search(query).stream()
                .map(h -> h.series().id())
                .toList();
    }

    private static Series series(String id, String title, String publisher, String definition) {
        return new Series(
                id,
                title,
                Unit.parse("USD million"),
                Frequency.MONTH,
                SeriesKind.FLOW,
                FiscalCalendar.JULY_TO_JUNE,
                publisher,
                definition,
                List.of());
    }
}
