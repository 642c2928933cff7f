package org.exportpulse.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import org.exportpulse.bundle.BundledData;
import org.exportpulse.store.PostgresTestDatabase;
import org.exportpulse.store.SeriesStore;
import org.exportpulse.store.jdbc.JdbcSeriesStore;
import org.exportpulse.store.jdbc.StoreLocation;
import org.junit.jupiter.api.Test;

/**
 * Two server instances on one PostgreSQL database ({@code PULSE_TEST_PG_URL}, started by
 * ./run-tests): a write through one is visible through the other, since neither keeps state.
 */
class TwoInstancesTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void a_write_through_one_instance_is_read_through_the_other() throws Exception {
        String url = PostgresTestDatabase.freshSchemaUrl("server");
        try (SeriesStore first = JdbcSeriesStore.open(StoreLocation.dataSource(url));
                SeriesStore second = JdbcSeriesStore.open(StoreLocation.dataSource(url))) {
            first.loadIfEmpty(() -> BundledData.read(first.allSeries()), "bundle", Instant.now());
            assertThat(second.loadIfEmpty(() -> BundledData.read(second.allSeries()), "bundle", Instant.now()))
                    .isNull();
            Javalin a =
                    PulseServer.create(first, "t", Set.of(), Clock.systemUTC()).start("127.0.0.1", 0);
            Javalin b =
                    PulseServer.create(second, "t", Set.of(), Clock.systemUTC()).start("127.0.0.1", 0);
            try {
                HttpResponse<String> write = HTTP.send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + a.port() + "/api/ingest?name=apr.csv"))
                                .header("Authorization", "Bearer t")
                                .POST(HttpRequest.BodyPublishers.ofString(
                                        "series,period,value\npk.ict.exports,2026-04,421\n"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(write.statusCode()).as(write.body()).isEqualTo(200);
                HttpResponse<String> read = HTTP.send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + b.port()
                                        + "/api/series/pk.ict.exports/history?period=2026-04"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(read.statusCode()).isEqualTo(200);
                assertThat(read.body()).contains("\"value\":421");
            } finally {
                a.stop();
                b.stop();
            }
        }
    }
}
