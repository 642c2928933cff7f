package org.exportpulse.update.testkit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.exportpulse.bundle.BundledData;
import org.exportpulse.formats.IngestOptions;
import org.exportpulse.formats.Ingestion;
import org.exportpulse.formats.NamedInput;
import org.exportpulse.store.SeriesStore;
import org.exportpulse.store.jdbc.H2Location;
import org.exportpulse.store.jdbc.JdbcSeriesStore;

/** Stores for the connector tests: the bundle's series, and only the values a test states. */
public final class TestStores {

    /** The day the tests run updates. */
    public static final Instant NOW = Instant.parse("2026-12-01T06:00:00Z");

    private TestStores() {}

    /**
     * An in-memory H2 store with every series of the bundle and the tidy rows given ({@code
     * series,period,value,public_by,public_by_basis,source}), plus the files named.
     */
    public static SeriesStore with(String tidyRows, NamedInput... more) throws IOException {
        SeriesStore store = JdbcSeriesStore.open(
                H2Location.dataSource("jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE"));
        List<NamedInput> files = new ArrayList<>();
        files.add(NamedInput.ofResource(BundledData.class, BundledData.FOLDER + "pk-ict/bundle/series.csv"));
        files.add(NamedInput.ofBytes("stored.csv", tidyRows.getBytes(StandardCharsets.UTF_8)));
        files.addAll(List.of(more));
        store.ingest(
                Ingestion.read(
                        files, new IngestOptions(null, null, null, null, BundledData.wdiAggregates()), List.of()),
                "test store",
                NOW.minusSeconds(86_400));
        return store;
    }
}
