package org.exportpulse.bundle;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.exportpulse.check.SubjectLexicon;
import org.exportpulse.core.adjust.MovingHoliday;
import org.exportpulse.core.derive.ReferenceValue;
import org.exportpulse.core.release.ReleasePattern;
import org.exportpulse.core.series.Series;
import org.exportpulse.core.series.SeriesGroups;
import org.exportpulse.core.series.SeriesSearch;
import org.exportpulse.formats.Batch;
import org.exportpulse.formats.IngestOptions;
import org.exportpulse.formats.Ingestion;
import org.exportpulse.formats.NamedInput;
import org.exportpulse.formats.csv.CsvTable;

/**
 * The data shipped with ExportPulse (the repository's {@code data/}): Pakistan's ICT exports and
 * related series, every value with its source and release ({@code pk-ict/bundle/}), and the World
 * Bank's ICT service exports by economy ({@code wdi/}), read by the same readers that {@code pulse
 * ingest} uses.
 */
public final class BundledData {

    /** Class-path folder of the repository's {@code data/}. */
    public static final String FOLDER = "org/exportpulse/bundle/data/";

    private static final String PK_ICT = FOLDER + "pk-ict/bundle/";
    private static final String WDI = FOLDER + "wdi/";
    private static final String LEXICON = FOLDER + "lexicon/subjects.csv";
    private static final String ECONOMIES = FOLDER + "lexicon/economies.csv";
    private static final String PUBLISHERS = FOLDER + "lexicon/publishers.csv";
    private static final String RANKINGS = FOLDER + "lexicon/rankings.csv";
    private static final String EID = FOLDER + "calendar/eid.csv";
    private static final String RELEASES = FOLDER + "calendar/releases.csv";
    private static final String GROUPS = FOLDER + "catalog/groups.csv";
    private static final List<String> BRIEF_PRESETS = List.of(FOLDER + "presets/brief-pk-ict.properties");
    private static final String WDI_FILE = "API_BX.GSR.CCIS.CD_DS2_en_csv_v2_920.csv";

    private BundledData() {}

    /** How the bundle is named in messages and in the store's ingest log. */
    public static String description() {
        return "bundled data: pk-ict/bundle (series.csv, observations.csv), wdi/" + WDI_FILE;
    }

    /**
     * Reads and validates the bundle.
     *
     * @param stored series already in the store, for rows naming series outside the bundle
     * @throws org.exportpulse.formats.IngestException if the shipped files are invalid
     */
    public static Batch read(List<Series> stored) {
        try {
            List<NamedInput> files = List.of(
                    resource(PK_ICT + "series.csv"), resource(PK_ICT + "observations.csv"), resource(WDI + WDI_FILE));
            IngestOptions options = new IngestOptions(null, null, null, null, wdiAggregates());
            return Ingestion.read(files, options, stored);
        } catch (IOException e) {
            throw new UncheckedIOException("the bundled data cannot be read: " + e.getMessage(), e);
        }
    }

    /** World Bank codes of the aggregates (World, regions, income groups), upper case, from {@code wdi/aggregates.csv}. */
    public static Set<String> wdiAggregates() {
        try {
            return CsvTable.read(resource(WDI + "aggregates.csv"), Set.of("code")).rows().stream()
                    .map(r -> r.get("code").toUpperCase(Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException("the bundled aggregates list cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * Eid al-Fitr and Eid al-Adha as moving holidays, from {@code calendar/eid.csv} (the Umm al-Qura
     * calendar, 1883 to 2173): the regressors of {@code pulse adjust --eid}.
     *
     * @throws UncheckedIOException when the shipped file cannot be read
     * @throws IllegalArgumentException when a row is invalid or the days differ within a holiday
     */
    public static List<MovingHoliday> eidHolidays() {
        try {
            var rows = CsvTable.read(resource(EID), Set.of("holiday", "days", "date", "source"))
                    .rows();
            List<MovingHoliday> out = new ArrayList<>();
            for (String name : List.of("Eid al-Fitr", "Eid al-Adha")) {
                var mine =
                        rows.stream().filter(r -> r.get("holiday").equals(name)).toList();
                Set<String> days = mine.stream().map(r -> r.get("days")).collect(Collectors.toSet());
                if (days.size() != 1) {
                    throw new IllegalArgumentException(
                            EID + ": " + name + " has days " + days + " (expected one value)");
                }
                out.add(new MovingHoliday(
                        name,
                        Integer.parseInt(days.iterator().next()),
                        mine.stream().map(r -> LocalDate.parse(r.get("date"))).toList(),
                        mine.get(0).get("source").replaceAll(" \\d+ .*$", "")));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("the bundled Eid dates cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * When each publisher's monthly figure usually appears ({@code calendar/releases.csv}, read from
     * the bundle's dated first reports; see {@code calendar/README.md}).
     *
     * @throws UncheckedIOException when the shipped file cannot be read
     * @throws IllegalArgumentException when a row is invalid
     */
    public static List<ReleasePattern> releasePatterns() {
        try {
            return CsvTable.read(
                            resource(RELEASES),
                            Set.of(
                                    "series",
                                    "publisher",
                                    "months_after",
                                    "first_day",
                                    "usual_day",
                                    "last_day",
                                    "reports"))
                    .rows()
                    .stream()
                    .map(r -> new ReleasePattern(
                            r.get("series"),
                            r.get("publisher"),
                            Integer.parseInt(r.get("months_after")),
                            Integer.parseInt(r.get("first_day")),
                            Integer.parseInt(r.get("usual_day")),
                            Integer.parseInt(r.get("last_day")),
                            Integer.parseInt(r.get("reports")),
                            r.get("evidence")))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("the bundled release calendar cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * The brief presets ({@code presets/brief-*.properties}): for each, its keys and values, the
     * flagship's first. What they mean is in {@code presets/README.md}.
     *
     * @throws UncheckedIOException when a shipped file cannot be read
     */
    public static List<Map<String, String>> briefPresets() {
        List<Map<String, String>> presets = new ArrayList<>();
        for (String path : BRIEF_PRESETS) {
            try (InputStream in = BundledData.class.getClassLoader().getResourceAsStream(path)) {
                if (in == null) {
                    throw new IOException(path + " is not on the class path");
                }
                Properties p = new Properties();
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                Map<String, String> preset = new LinkedHashMap<>();
                p.stringPropertyNames().forEach(k -> preset.put(k, p.getProperty(k)));
                presets.add(preset);
            } catch (IOException e) {
                throw new UncheckedIOException("the bundled brief preset cannot be read: " + e.getMessage(), e);
            }
        }
        return presets;
    }

    /**
     * The names the press uses for series ({@code lexicon/subjects.csv}), for search: each phrase as
     * its words (lower case, {@code &} read as "and", one space apart) → series id; the first row of a phrase wins.
     *
     * @throws UncheckedIOException when the shipped file cannot be read
     */
    public static Map<String, String> searchPhrases() {
        Map<String, String> phrases = new LinkedHashMap<>();
        for (SubjectLexicon.Entry e : subjectLexicon().entries()) {
            phrases.putIfAbsent(String.join(" ", SeriesSearch.words(e.phrase())), e.family());
        }
        return phrases;
    }

    /**
     * The groups the series fall into ({@code catalog/groups.csv}), for the catalogue's filter.
     *
     * @throws UncheckedIOException when the shipped file cannot be read
     * @throws IllegalArgumentException when a row is invalid
     */
    public static SeriesGroups seriesGroups() {
        try {
            return SeriesGroups.of(
                    CsvTable.read(resource(GROUPS), Set.of("group", "id_prefix", "label", "title")).rows().stream()
                            .map(r -> new SeriesGroups.Rule(
                                    r.get("group").strip(),
                                    r.get("id_prefix").strip(),
                                    r.get("label").strip(),
                                    r.get("title")))
                            .toList());
        } catch (IOException e) {
            throw new UncheckedIOException("the bundled series groups cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * The words texts use for the series ({@code lexicon/subjects.csv}), for their economy
     * ({@code lexicon/economies.csv}) and for the publishers whose own publications a text may
     * mean ({@code lexicon/publishers.csv}), for the claim checker.
     *
     * @throws UncheckedIOException when the shipped file cannot be read
     * @throws IllegalArgumentException when a row is invalid
     */
    public static SubjectLexicon subjectLexicon() {
        try {
            return SubjectLexicon.of(
                            CsvTable.read(resource(LEXICON), Set.of("phrase", "series", "match_case")).rows().stream()
                                    .map(r -> new SubjectLexicon.Entry(
                                            r.get("phrase"),
                                            r.get("series"),
                                            "yes"
                                                    .equalsIgnoreCase(
                                                            r.get("match_case").strip())))
                                    .toList())
                    .withEconomies(CsvTable.read(resource(ECONOMIES), Set.of("name")).rows().stream()
                            .map(r -> r.get("name").strip())
                            .toList())
                    .withPublisherVariants(
                            CsvTable.read(resource(PUBLISHERS), Set.of("phrase", "series", "variant", "match_case"))
                                    .rows()
                                    .stream()
                                    .map(r -> new SubjectLexicon.PublisherVariant(
                                            r.get("phrase").strip(),
                                            r.get("series").strip(),
                                            r.get("variant").strip(),
                                            "yes"
                                                    .equalsIgnoreCase(
                                                            r.get("match_case").strip())))
                                    .toList())
                    .withRankings(rankings());
        } catch (IOException e) {
            throw new UncheckedIOException("the bundled subject lexicon cannot be read: " + e.getMessage(), e);
        }
    }

    private static List<SubjectLexicon.Ranking> rankings() throws IOException {
        return CsvTable.read(resource(RANKINGS), Set.of("phrase", "members", "total", "missing")).rows().stream()
                .map(r -> new SubjectLexicon.Ranking(
                        r.get("phrase").strip(),
                        java.util.Arrays.stream(r.get("members").split(";"))
                                .map(String::strip)
                                .filter(m -> !m.isEmpty())
                                .toList(),
                        r.get("total"),
                        r.get("missing")))
                .toList();
    }

    /**
     * The months the data's compilers derived themselves, with their arithmetic ({@code
     * pk-ict/bundle/derived_reference.csv}): a reference for {@code pulse reconcile}.
     */
    public static List<ReferenceValue> derivedReference() {
        try {
            return CsvTable.read(resource(PK_ICT + "derived_reference.csv"), Set.of("series", "period", "value"))
                    .rows()
                    .stream()
                    .map(r -> new ReferenceValue(
                            r.get("series"),
                            YearMonth.parse(r.get("period")),
                            new BigDecimal(r.get("value")),
                            r.get("arithmetic")))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("the bundled derived reference cannot be read: " + e.getMessage(), e);
        }
    }

    private static NamedInput resource(String path) {
        return NamedInput.ofResource(BundledData.class, path);
    }
}
