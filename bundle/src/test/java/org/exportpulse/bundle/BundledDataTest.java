package org.exportpulse.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.exportpulse.brief.compose.BriefPresets;
import org.exportpulse.brief.compose.BriefSpec;
import org.exportpulse.check.SubjectLexicon;
import org.exportpulse.core.adjust.MovingHoliday;
import org.exportpulse.core.series.Denominator;
import org.exportpulse.core.series.Series;
import org.exportpulse.formats.Batch;
import org.junit.jupiter.api.Test;

/** The shipped data files read as the commands read them: bundle, presets, lexicon, calendar, references. */
class BundledDataTest {

    @Test
    void the_bundle_reads_with_every_series_it_names_and_the_world_bank_file() {
        Batch batch = BundledData.read(List.of());
        assertThat(batch.series()).extracting(Series::id).contains("pk.ict.exports", "pk.ict.exports.fy");
        assertThat(batch.series()).anyMatch(s -> s.id().startsWith("wdi.ict_exports."));
        assertThat(batch.observations())
                .allMatch(o -> o.sources() != null && !o.sources().isEmpty());
        assertThat(BundledData.wdiAggregates()).contains("WLD").doesNotContain("PAK");
    }

    @Test
    void the_flagship_preset_names_series_of_the_bundle() {
        BriefPresets presets = BriefPresets.of(BundledData.briefPresets());
        BriefSpec flagship = presets.flagship();
        assertThat(flagship.seriesId()).isEqualTo("pk.ict.exports");
        assertThat(flagship.peers()).startsWith("PAK").hasSize(10).contains(flagship.self());
        assertThat(flagship.wording().shortSubject()).isEqualTo("IT");
        assertThat(flagship.wording().titlePrefix()).isEqualTo("Pakistan ");
        List<String> ids =
                BundledData.read(List.of()).series().stream().map(Series::id).toList();
        assertThat(ids).containsAll(flagship.components()).containsAll(flagship.categories());
        assertThat(flagship.wording().basis(Denominator.parse("pk.bop.goods.exports+pk.bop.services.exports")))
                .isEqualTo("SBP balance-of-payments basis");
        assertThat(flagship.wording().basis(Denominator.parse("pk.pbs.goods.exports+pk.pbs.services.exports")))
                .isEqualTo("PBS basis, goods from customs records");
        assertThat(flagship.wording().basis(Denominator.parse("pk.pbs.services.exports")))
                .isEqualTo("PBS basis");
        assertThat(flagship.wording().basis(Denominator.parse("pk.pbs.services.exports+pk.bop.goods.exports")))
                .isEqualTo("mixed bases");
        assertThat(presets.forSeries("pk.ict.exports", YearMonth.of(2025, 12)).month())
                .isEqualTo(YearMonth.of(2025, 12));
        assertThat(presets.forSeries("pk.pbs.goods.exports", null).categories()).isEmpty();
    }

    @Test
    void the_lexicon_makes_the_flagship_the_default_subject() {
        SubjectLexicon lexicon = BundledData.subjectLexicon();
        assertThat(lexicon.entries().get(0).family()).isEqualTo("pk.ict.exports");
        assertThat(lexicon.entries()).anyMatch(e -> e.phrase().equals("IT exports"));
        assertThat(lexicon.economies()).containsExactly("Pakistan");
        assertThat(lexicon.publisherVariants())
                .as("a text naming the PBS means the PBS's own publication, which the bundle holds")
                .anyMatch(v -> v.phrase().equals("Pakistan Bureau of Statistics")
                        && v.variant().equals("pk.ict.exports.pbs"));
        List<String> ids = BundledData.read(List.of()).series().stream()
                .map(org.exportpulse.core.series.Series::id)
                .toList();
        assertThat(lexicon.publisherVariants()).allMatch(v -> ids.contains(v.variant()) && ids.contains(v.family()));
    }

    @Test
    void the_eid_dates_are_two_holidays_with_their_source() {
        List<MovingHoliday> eid = BundledData.eidHolidays();
        assertThat(eid).hasSize(2);
        assertThat(eid).allMatch(h -> !h.source().isBlank() && h.dates().size() > 20);
        assertThat(eid.get(0).dates()).contains(LocalDate.of(2025, 3, 30));
    }

    @Test
    void the_derived_months_reference_has_its_arithmetic() {
        assertThat(BundledData.derivedReference())
                .isNotEmpty()
                .allMatch(r -> !r.arithmetic().isBlank() && r.seriesId().startsWith("pk."));
    }

    @Test
    void a_preset_without_its_series_is_refused_by_name() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> BriefPresets.of(List.of(Map.of("subject", "x"))))
                .hasMessageContaining("key series is missing");
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> BriefPresets.of(List.of(Map.of("series", "a.b", "basis.1", "only one part"))))
                .hasMessageContaining("basis.1");
    }
}
