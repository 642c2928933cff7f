package org.exportpulse.update;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.exportpulse.bundle.BundledData;
import org.exportpulse.formats.NamedInput;
import org.exportpulse.formats.csv.CsvTable;
import org.exportpulse.update.dbnomics.DbnomicsBopSource;
import org.exportpulse.update.dbnomics.Economy;
import org.exportpulse.update.http.PublisherHttp;
import org.exportpulse.update.http.RateLimit;
import org.exportpulse.update.http.RetryPolicy;
import org.exportpulse.update.http.Sleeper;
import org.exportpulse.update.sbp.EasyDataSource;
import org.exportpulse.update.sbp.KeyHint;
import org.exportpulse.update.worldbank.WorldBankSource;

/** The sources {@code pulse update} knows, built from settings and the bundled connector files. */
public final class Sources {

    /** Every source's name, in the order an update without names runs them. */
    public static final List<String> NAMES = List.of(EasyDataSource.NAME, WorldBankSource.NAME, DbnomicsBopSource.NAME);

    /** SBP's budget per key: 250 requests an hour, 2,000 a day, counted for this process. */
    private static final RateLimit SBP_LIMIT = new RateLimit(250, 2_000, Clock.systemUTC());

    private static final String FOLDER = BundledData.FOLDER + "connectors/";

    private Sources() {}

    /**
     * Where the services are and how to reach them.
     *
     * @param sbpKey the EasyData API key, or {@code null}
     * @param sbpLimit the request budget of the EasyData key
     */
    public record Settings(
            URI sbp,
            URI worldBank,
            URI dbnomics,
            String sbpKey,
            RetryPolicy policy,
            Sleeper sleeper,
            RateLimit sbpLimit) {

        /**
         * From environment variables: {@code PULSE_SBP_API_KEY}, and {@code PULSE_SBP_URL}, {@code
         * PULSE_WORLDBANK_URL}, {@code PULSE_DBNOMICS_URL} to point a source at another server (a
         * mirror, or a test server replaying recorded answers).
         */
        public static Settings fromEnvironment(Map<String, String> env) {
            return new Settings(
                    URI.create(env.getOrDefault("PULSE_SBP_URL", "https://easydata.sbp.org.pk")),
                    URI.create(env.getOrDefault("PULSE_WORLDBANK_URL", "https://api.worldbank.org")),
                    URI.create(env.getOrDefault("PULSE_DBNOMICS_URL", "https://api.db.nomics.world")),
                    env.get("PULSE_SBP_API_KEY"),
                    RetryPolicy.STANDARD,
                    Sleeper.REAL,
                    SBP_LIMIT);
        }

        /** The same settings, waiting between tries with {@code other}. */
        public Settings withSleeper(Sleeper other) {
            return new Settings(sbp, worldBank, dbnomics, sbpKey, policy, other, sbpLimit);
        }
    }

    /**
     * The sources named, in the order given; all of them for an empty list.
     *
     * @throws IllegalArgumentException for an unknown name
     */
    public static List<Source> select(List<String> names, Settings settings) {
        List<Source> sources = new ArrayList<>();
        for (String name : names.isEmpty() ? NAMES : names) {
            sources.add(
                    switch (name) {
                        case EasyDataSource.NAME ->
                            new EasyDataSource(
                                    settings.sbp(),
                                    settings.sbpKey(),
                                    http(name, settings, settings.sbpLimit()),
                                    keyHints());
                        case WorldBankSource.NAME ->
                            new WorldBankSource(
                                    settings.worldBank(),
                                    http(name, settings, RateLimit.NONE),
                                    BundledData.wdiAggregates(),
                                    WorldBankSource.ICT_EXPORTS);
                        case DbnomicsBopSource.NAME ->
                            new DbnomicsBopSource(
                                    settings.dbnomics(), http(name, settings, RateLimit.NONE), "IMF/BOP", economies());
                        default ->
                            throw new IllegalArgumentException(
                                    "unknown source '" + name + "' (expected " + String.join(", ", NAMES) + ")");
                    });
        }
        return sources;
    }

    private static PublisherHttp http(String name, Settings settings, RateLimit limit) {
        return new PublisherHttp(name, settings.policy(), limit, settings.sleeper());
    }

    /** The rows of {@code data/connectors/sbp-keys.csv}. */
    public static List<KeyHint> keyHints() {
        return table("sbp-keys.csv", Set.of("series", "dataset", "name_words")).rows().stream()
                .map(r -> new KeyHint(r.get("series"), r.get("dataset"), r.get("name_words")))
                .toList();
    }

    /** The rows of {@code data/connectors/imf-economies.csv}. */
    public static List<Economy> economies() {
        return table("imf-economies.csv", Set.of("iso3", "iso2", "name")).rows().stream()
                .map(r -> new Economy(r.get("iso3"), r.get("iso2"), r.get("name")))
                .toList();
    }

    private static CsvTable table(String file, Set<String> columns) {
        try {
            return CsvTable.read(NamedInput.ofResource(Sources.class, FOLDER + file), columns);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled " + file, e);
        }
    }
}
