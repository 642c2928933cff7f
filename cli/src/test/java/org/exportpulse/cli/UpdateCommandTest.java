package org.exportpulse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.Map;
import org.exportpulse.update.testkit.ReplayServer;
import org.exportpulse.update.testkit.ReplayServer.Answer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code pulse update} against a local server replaying the publishers' recorded answers. */
class UpdateCommandTest {

    private static final String P30 = "/api/v1/series/TS_GP_BOP_BPM6SUM_M.P00030/";
    private static final String P60 = "/api/v1/series/TS_GP_BOP_BPM6SUM_M.P00060/";

    @TempDir
    Path home;

    private final ReplayServer server = ReplayServer.start()
            .on(P30 + "meta", Answer.recorded("sbp/P00030-meta.json"))
            .on(P30 + "data", Answer.recorded("sbp/P00030-data.json"))
            .on(P60 + "meta", Answer.recorded("sbp/P00060-meta.json"))
            .on(P60 + "data", Answer.recorded("sbp/P00060-data.json"))
            .on("/v22/datasets/IMF/BOP", Answer.recorded("dbnomics/dataset-imf-bop.json"))
            .on("/v22/series/IMF/BOP", Answer.recorded("dbnomics/series-ict-credit.json"));

    @AfterEach
    void stop() {
        server.close();
    }

    private Map<String, String> env(String sbpKey) {
        String at = server.uri().toString();
        Map<String, String> urls = Map.of("PULSE_SBP_URL", at, "PULSE_WORLDBANK_URL", at, "PULSE_DBNOMICS_URL", at);
        if (sbpKey == null) {
            return urls;
        }
        var all = new java.util.HashMap<>(urls);
        all.put("PULSE_SBP_API_KEY", sbpKey);
        return all;
    }

    @Test
    void a_dry_run_lists_the_new_values_and_stores_nothing() {
        PulseRun run = PulseRun.in(env(null), home, "update", "imf", "--dry-run");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("imf: 2 requests, 5 values, 1 series defined")
                .contains("Dry run, nothing stored: would add 5 new values and 0 revisions; 0 unchanged;"
                        + " 1 series created")
                .contains("imf.ict_exports.pak          2025-Q4  new      1179")
                .contains("vintage 1, public by 2026-11-25 (source)");
        assertThat(PulseRun.in(home, "show", "imf.ict_exports.pak").exitCode()).isEqualTo(ExitCodes.NOT_FOUND);
    }

    @Test
    void a_run_stores_them_and_a_second_finds_nothing_new() throws Exception {
        PulseRun run = PulseRun.in(env(null), home, "update", "imf");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Stored 5 new values and 0 revisions");
        JsonNode shown = PulseRun.json(home, "show", "imf.ict_exports.pak", "--format", "json");
        assertThat(shown.get("observations")).hasSize(5);
        JsonNode again = new ObjectMapper()
                .readTree(PulseRun.in(env(null), home, "update", "imf", "--format", "json")
                        .out());
        assertThat(again.get("new_values").asInt()).isZero();
        assertThat(again.get("unchanged").asInt()).isEqualTo(5);
    }

    @Test
    void the_recorded_easydata_answers_agree_with_the_bundle() throws Exception {
        JsonNode r = new ObjectMapper()
                .readTree(PulseRun.in(env("KEY"), home, "update", "sbp", "--dry-run", "--format", "json")
                        .out());
        assertThat(r.get("dry_run").asBoolean()).isTrue();
        assertThat(r.at("/sources/0/source").asText()).isEqualTo("sbp");
        assertThat(r.at("/sources/0/requests").asInt()).isEqualTo(4);
        assertThat(r.get("added")).isEmpty();
        assertThat(r.get("unchanged").asInt()).isEqualTo(7);
        assertThat(r.at("/sources/0/notes").toString()).contains("pk.ict.exports has no EasyData key");
    }

    @Test
    void without_a_key_it_exits_4_and_stores_nothing() {
        PulseRun run = PulseRun.in(env(null), home, "update", "sbp", "imf");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.SOURCE_FAILED);
        assertThat(run.err())
                .contains("pulse: sbp: no API key (expected PULSE_SBP_API_KEY")
                .contains("nothing was stored")
                .contains("imf answered; to store theirs alone: pulse update imf");
        assertThat(PulseRun.in(home, "show", "imf.ict_exports.pak").exitCode()).isEqualTo(ExitCodes.NOT_FOUND);
    }

    @Test
    void a_refused_key_exits_4_without_showing_it() {
        server.on(P30 + "meta", Answer.status(401, "{\"message\":\"Invalid API Key\"}"));
        PulseRun run = PulseRun.in(env("S3CRET"), home, "update", "sbp");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.SOURCE_FAILED);
        assertThat(run.err()).contains("HTTP 401", "api_key=***").doesNotContain("S3CRET");
    }

    @Test
    void an_unknown_source_or_a_bad_date_is_bad_usage() {
        PulseRun unknown = PulseRun.in(env(null), home, "update", "fred");
        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(unknown.err()).contains("unknown source 'fred' (expected sbp, worldbank, imf)");
        PulseRun date = PulseRun.in(env(null), home, "update", "imf", "--since", "2025");
        assertThat(date.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(date.err()).contains("--since");
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void each_series_that_gains_values_is_announced_to_the_webhooks_signed() throws Exception {
        server.on("/hook", Answer.status(204, ""));
        var environment = new java.util.HashMap<>(env(null));
        environment.put("PULSE_WEBHOOKS", server.uri() + "/hook");
        environment.put("PULSE_WEBHOOK_SECRET", "s3");
        PulseRun run = PulseRun.in(environment, home, "update", "imf");
        assertThat(run.exitCode()).as(run.err()).isZero();
        var hooks = server.received().stream()
                .filter(r -> r.target().equals("/hook"))
                .toList();
        assertThat(hooks).hasSize(1);
        var hook = hooks.get(0);
        assertThat(hook.method()).isEqualTo("POST");
        long timestamp = Long.parseLong(hook.headers().get("x-pulse-timestamp"));
        assertThat(org.exportpulse.server.webhook.WebhookSignature.verify(
                        "s3", timestamp, hook.body(), hook.headers().get("x-pulse-signature")))
                .isTrue();
        JsonNode body = new ObjectMapper().readTree(hook.body());
        assertThat(body.get("series").asText()).isEqualTo("imf.ict_exports.pak");
        assertThat(body.get("values")).hasSize(5);
        assertThat(body.get("latest").asText()).isEqualTo("2025-Q4");
        assertThat(body.get("figures").isNull())
                .as("figures are for monthly series")
                .isTrue();
        assertThat(run.err())
                .contains("pulse update: webhook " + server.uri() + "/hook: delivered imf.ict_exports.pak");
    }

    @Test
    void webhooks_without_a_secret_are_refused_before_anything_is_fetched() {
        var environment = new java.util.HashMap<>(env(null));
        environment.put("PULSE_WEBHOOKS", server.uri() + "/hook");
        PulseRun run = PulseRun.in(environment, home, "update", "imf");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("PULSE_WEBHOOK_SECRET is not");
        assertThat(server.requests()).isEmpty();
        PulseRun serve = PulseRun.in(environment, home, "serve", "--port", "0", "--update-every", "6h");
        assertThat(serve.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(serve.out()).doesNotContain("http://");
    }
}
