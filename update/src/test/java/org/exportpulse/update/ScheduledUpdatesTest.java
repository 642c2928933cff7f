package org.exportpulse.update;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.exportpulse.store.SeriesStore;
import org.exportpulse.update.dbnomics.DbnomicsBopSource;
import org.exportpulse.update.http.PublisherHttp;
import org.exportpulse.update.http.RateLimit;
import org.exportpulse.update.http.RetryPolicy;
import org.exportpulse.update.testkit.ReplayServer;
import org.exportpulse.update.testkit.ReplayServer.Answer;
import org.exportpulse.update.testkit.TestStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ScheduledUpdatesTest {

    private static final RetryPolicy ONE_TRY = new RetryPolicy(
            Duration.ofSeconds(2), Duration.ofSeconds(5), 1, Duration.ofSeconds(1), Duration.ofSeconds(5));

    private final ReplayServer server = ReplayServer.start()
            .on("/v22/datasets/IMF/BOP", Answer.recorded("dbnomics/dataset-imf-bop.json"))
            .on("/v22/series/IMF/BOP", Answer.recorded("dbnomics/series-ict-credit.json"));
    private final List<String> log = new ArrayList<>();
    private final List<org.exportpulse.store.IngestReport> announced = new ArrayList<>();
    private Instant now = TestStores.NOW;
    private final Clock clock = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    @AfterEach
    void stop() {
        server.close();
    }

    private ScheduledUpdates schedule(SeriesStore store) {
        Source imf = new DbnomicsBopSource(
                server.uri(),
                new PublisherHttp("imf", ONE_TRY, RateLimit.NONE, d -> {}),
                "IMF/BOP",
                Sources.economies());
        return ScheduledUpdates.of(store, List.of(imf), Duration.ofHours(6), clock, log::add, announced::add);
    }

    @Test
    void a_turn_stores_what_is_new_and_the_next_within_the_interval_is_left_alone() throws Exception {
        try (SeriesStore store = TestStores.with("series,period,value\n");
                ScheduledUpdates schedule = schedule(store)) {
            assertThat(schedule.tick()).isTrue();
            assertThat(store.currentObservations("imf.ict_exports.pak")).hasSize(5);
            assertThat(store.lastChanged()).contains(TestStores.NOW);
            now = now.plus(Duration.ofHours(1));
            assertThat(schedule.tick()).isFalse();
            now = now.plus(Duration.ofHours(5));
            assertThat(schedule.tick()).isTrue();
            assertThat(log)
                    .containsExactly(
                            "updated from imf: 5 new values, 0 revisions, 1 series created",
                            "update from imf skipped: another instance updated less than PT6H ago",
                            "updated from imf: 0 new values, 0 revisions, 0 series created");
            assertThat(announced)
                    .as("only the turn that stored something is announced")
                    .hasSize(1);
            assertThat(announced.get(0).added()).hasSize(5);
        }
    }

    @Test
    void a_failed_turn_is_logged_stores_nothing_and_the_schedule_goes_on() throws Exception {
        server.on("/v22/datasets/IMF/BOP", Answer.status(500, ""), Answer.recorded("dbnomics/dataset-imf-bop.json"));
        try (SeriesStore store = TestStores.with("series,period,value\n");
                ScheduledUpdates schedule = schedule(store)) {
            assertThat(schedule.tick()).isTrue();
            assertThat(log.get(0))
                    .startsWith("update failed, nothing stored: imf: GET")
                    .contains("HTTP 500");
            assertThat(store.series("imf.ict_exports.pak")).isEmpty();
            now = now.plus(Duration.ofHours(6));
            schedule.tick();
            assertThat(store.series("imf.ict_exports.pak")).isPresent();
        }
    }

    @Test
    void the_schedule_runs_its_first_turn_at_start() throws Exception {
        try (SeriesStore store = TestStores.with("series,period,value\n");
                ScheduledUpdates schedule = schedule(store).start()) {
            long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (store.series("imf.ict_exports.pak").isEmpty() && System.nanoTime() < until) {
                Thread.sleep(50);
            }
            assertThat(store.series("imf.ict_exports.pak")).isPresent();
        }
    }

    @Test
    void an_interval_under_a_minute_is_refused() throws Exception {
        try (SeriesStore store = TestStores.with("series,period,value\n")) {
            assertThat(catchThrowableOfType(
                            IllegalArgumentException.class,
                            () -> ScheduledUpdates.of(store, List.of(), Duration.ofSeconds(5), clock, log::add)))
                    .hasMessageContaining("too short (expected at least 1m)");
        }
    }
}
