package org.exportpulse.update;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.exportpulse.store.SeriesStore;
import org.exportpulse.update.http.RateLimit;
import org.exportpulse.update.http.RetryPolicy;
import org.exportpulse.update.testkit.ReplayServer;
import org.exportpulse.update.testkit.ReplayServer.Answer;
import org.exportpulse.update.testkit.TestStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class UpdaterTest {

    private final ReplayServer server = ReplayServer.start()
            .on("/v2/country/all/indicator/BX.GSR.CCIS.CD", "&page=1", Answer.recorded("worldbank/page1.json"))
            .on("/v2/country/all/indicator/BX.GSR.CCIS.CD", "&page=2", Answer.recorded("worldbank/page2.json"))
            .on("/v22/datasets/IMF/BOP", Answer.status(503, "down for maintenance"));

    @AfterEach
    void stop() {
        server.close();
    }

    private List<Source> sources(String... names) {
        String at = server.uri().toString();
        Sources.Settings settings = Sources.Settings.fromEnvironment(
                Map.of("PULSE_WORLDBANK_URL", at, "PULSE_DBNOMICS_URL", at, "PULSE_SBP_URL", at));
        return Sources.select(
                List.of(names),
                new Sources.Settings(
                        settings.sbp(),
                        settings.worldBank(),
                        settings.dbnomics(),
                        null,
                        new RetryPolicy(
                                Duration.ofSeconds(2),
                                Duration.ofSeconds(5),
                                2,
                                Duration.ofMillis(1),
                                Duration.ofSeconds(1)),
                        d -> {},
                        RateLimit.NONE));
    }

    @Test
    void a_failing_source_stores_nothing_of_those_that_answered_and_says_how_to_store_theirs() throws Exception {
        try (SeriesStore store = TestStores.with("series,period,value\n")) {
            UpdateFailed f = catchThrowableOfType(
                    UpdateFailed.class,
                    () -> Updater.run(sources("worldbank", "imf"), store, null, false, TestStores.NOW));
            assertThat(f.failures()).extracting(SourceFailure::source).containsExactly("imf");
            assertThat(f.answered()).containsExactly("worldbank");
            assertThat(f.getMessage()).contains("imf: GET", "HTTP 503", "nothing was stored", "pulse update worldbank");
            assertThat(store.series("wdi.ict_exports.pak")).isEmpty();
            assertThat(store.lastChanged()).isPresent();
        }
    }

    @Test
    void every_source_runs_when_none_is_named_and_an_unknown_name_is_refused() {
        assertThat(sources()).extracting(Source::name).containsExactly("sbp", "worldbank", "imf");
        assertThat(catchThrowableOfType(IllegalArgumentException.class, () -> sources("fred")))
                .hasMessage("unknown source 'fred' (expected sbp, worldbank, imf)");
    }
}
