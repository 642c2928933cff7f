package org.exportpulse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code pulse releases}: the bundled release calendar against the bundled data. */
class ReleasesCommandTest {

    @TempDir
    Path home;

    @Test
    void the_table_names_the_next_release_and_warns_when_the_store_is_behind() {
        PulseRun run = PulseRun.in(home, "releases", "--today", "2026-12-03");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("pk.ict.exports                   SBP       2026-02  2026-11-28 (compiled)  2026-11:"
                        + " 2026-12-16 to 2026-12-23")
                .contains("Behind: pk.ict.exports: data through February 2026; the releases for March 2026 to"
                        + " October 2026 were expected by 2026-04-23 to 2026-11-23 and are not in the store");
    }

    @Test
    void on_a_day_the_store_is_current_nothing_is_overdue() throws Exception {
        JsonNode r = PulseRun.json(home, "releases", "--today", "2026-03-21", "--format", "json");
        JsonNode ict = r.get("series").get(0);
        assertThat(ict.get("behind").asBoolean()).isFalse();
        assertThat(ict.get("overdue")).isEmpty();
        assertThat(ict.at("/next/period").asText()).isEqualTo("2026-03");
        assertThat(r.get("today").asText()).isEqualTo("2026-03-21");
    }

    @Test
    void a_bad_date_exits_2_and_says_what_was_expected() {
        PulseRun run = PulseRun.in(home, "releases", "--today", "03/12/2026");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("--today").contains("YYYY-MM-DD");
    }
}
