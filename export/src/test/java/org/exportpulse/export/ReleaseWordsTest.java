package org.exportpulse.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.exportpulse.core.release.Freshness;
import org.exportpulse.core.release.ReleasePattern;
import org.exportpulse.core.series.PublicByBasis;
import org.junit.jupiter.api.Test;

/** Freshness in words and as JSON, from its typed values. */
class ReleaseWordsTest {

    private static final ReleasePattern SBP = new ReleasePattern("xx.m", "SBP", 1, 16, 20, 23, 19, "evidence");

    private static Freshness freshness(List<YearMonth> overdue, YearMonth next) {
        return new Freshness(
                SBP,
                LocalDate.of(2026, 12, 3),
                YearMonth.of(2026, 2),
                LocalDate.of(2026, 3, 20),
                PublicByBasis.SOURCE,
                next,
                SBP.expectedFrom(next),
                SBP.expectedBy(next),
                overdue);
    }

    @Test
    void a_current_series_gets_a_summary_and_no_warning() {
        Freshness f = freshness(List.of(), YearMonth.of(2026, 3));
        assertThat(ReleaseWords.summary(f))
                .isEqualTo("data through February 2026, last updated 2026-03-20 (source); next release: March 2026,"
                        + " expected 2026-04-16 to 2026-04-23");
        assertThat(ReleaseWords.warning(f)).isEmpty();
        assertThat(ReleaseWords.overdue(f)).isEmpty();
    }

    @Test
    void one_or_several_missing_releases_are_named() {
        Freshness one = freshness(List.of(YearMonth.of(2026, 3)), YearMonth.of(2026, 4));
        assertThat(ReleaseWords.overdue(one))
                .isEqualTo("the release for March 2026 was expected by 2026-04-23 and is not in the store");
        Freshness two = freshness(List.of(YearMonth.of(2026, 3), YearMonth.of(2026, 4)), YearMonth.of(2026, 5));
        assertThat(ReleaseWords.warning(two))
                .isEqualTo("data through February 2026; the releases for March 2026 to April 2026 were expected by"
                        + " 2026-04-23 to 2026-05-23 and are not in the store");
    }

    @Test
    void the_json_keeps_its_documented_shape() {
        JsonNode j = ReleasesJson.of(
                LocalDate.of(2026, 12, 3), List.of(freshness(List.of(YearMonth.of(2026, 3)), YearMonth.of(2026, 4))));
        JsonNode s = j.get("series").get(0);
        assertThat(j.get("today").asText()).isEqualTo("2026-12-03");
        assertThat(s.get("last_updated_basis").asText()).isEqualTo("source");
        assertThat(s.get("overdue").get(0).asText()).isEqualTo("2026-03");
        assertThat(s.get("behind").asBoolean()).isTrue();
        assertThat(s.at("/next/expected_from").asText()).isEqualTo("2026-05-16");
        assertThat(s.at("/pattern/evidence").asText()).isEqualTo("evidence");
    }
}
