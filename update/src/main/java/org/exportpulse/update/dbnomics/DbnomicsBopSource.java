package org.exportpulse.update.dbnomics;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.exportpulse.core.series.Frequency;
import org.exportpulse.core.series.ObservationStatus;
import org.exportpulse.core.series.PublicByBasis;
import org.exportpulse.core.series.Series;
import org.exportpulse.core.series.SeriesKind;
import org.exportpulse.core.series.Unit;
import org.exportpulse.core.time.CalendarQuarter;
import org.exportpulse.core.time.FiscalCalendar;
import org.exportpulse.formats.Batch;
import org.exportpulse.formats.IncomingObservation;
import org.exportpulse.update.Source;
import org.exportpulse.update.SourceFailure;
import org.exportpulse.update.SourceFailure.Kind;
import org.exportpulse.update.SourceRequest;
import org.exportpulse.update.SourceResult;
import org.exportpulse.update.http.PublisherHttp;

/**
 * Quarterly ICT service exports of a set of economies from the IMF's balance-of-payments data, as
 * DBnomics serves it (API v22). The indicator's code is not assumed: it is looked up among the
 * dataset's {@code INDICATOR} labels (the one naming telecommunications, computer and information
 * services, credit, in US dollars), then its series are fetched for every economy in one query.
 * DBnomics' {@code indexed_at} dates the values. Series: {@code imf.ict_exports.<iso3>}, quarterly,
 * USD million.
 */
public final class DbnomicsBopSource implements Source {

    /** The name on the command line. */
    public static final String NAME = "imf";

    /** Words the indicator's label holds, and words it must not. */
    static final List<String> LABEL_WORDS =
            List.of("telecommunications", "computer", "information", "services", "credit", "us", "dollars");

    static final List<String> LABEL_EXCLUDED = List.of("debit", "net", "euros", "national", "currency");

    private static final ObjectMapper JSON =
            new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final int PAGE = 1000;

    private final URI base;
    private final PublisherHttp http;
    private final String dataset;
    private final List<Economy> economies;

    /**
     * @param base the service root, {@code https://api.db.nomics.world}
     * @param dataset provider and dataset, {@code IMF/BOP}
     */
    public DbnomicsBopSource(URI base, PublisherHttp http, String dataset, List<Economy> economies) {
        this.base = base;
        this.http = http;
        this.dataset = dataset;
        this.economies = List.copyOf(economies);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String title() {
        return "IMF balance of payments via DBnomics";
    }

    /** The id of an economy's series. */
    public static String seriesId(Economy e) {
        return "imf.ict_exports." + e.iso3().toLowerCase(Locale.ROOT);
    }

    @Override
    public SourceResult fetch(SourceRequest request) {
        int before = http.requestsMade();
        String indicator = indicatorCode();
        Map<String, Economy> byArea = new LinkedHashMap<>();
        economies.forEach(e -> byArea.put(e.iso2(), e));
        Set<String> known = new HashSet<>();
        request.stored().forEach(s -> known.add(s.id()));
        List<Series> created = new ArrayList<>();
        List<IncomingObservation> observations = new ArrayList<>();
        Set<String> answered = new HashSet<>();
        int offset = 0;
        int found;
        do {
            URI uri = seriesUri(indicator, offset);
            JsonNode series = object(uri, "series");
            found = series.path("num_found").asInt(-1);
            JsonNode docs = series.path("docs");
            if (found < 0 || !docs.isArray()) {
                throw bad(uri, "no series.num_found and series.docs (expected DBnomics' series answer)");
            }
            for (JsonNode doc : docs) {
                String area = doc.path("dimensions").path("REF_AREA").asText("");
                Economy economy = byArea.get(area);
                if (economy == null) {
                    throw bad(uri, "a series for REF_AREA '" + area + "', which was not asked for");
                }
                Series s = series(economy, indicator);
                List<IncomingObservation> values = values(uri, doc, s, request);
                if (!values.isEmpty()) {
                    answered.add(economy.iso3());
                    if (known.add(s.id())) {
                        created.add(s);
                    }
                }
                observations.addAll(values);
            }
            offset += docs.size();
            if (docs.isEmpty()) {
                break;
            }
        } while (offset < found);
        List<String> notes = new ArrayList<>();
        notes.add("IMF indicator " + indicator + " (looked up by its label)");
        List<String> without = economies.stream()
                .map(Economy::iso3)
                .filter(c -> !answered.contains(c))
                .toList();
        if (!without.isEmpty()) {
            notes.add("no quarterly values for " + String.join(", ", without));
        }
        return new SourceResult(NAME, new Batch(created, observations), notes, http.requestsMade() - before);
    }

    /** The code of the ICT services credit indicator, from the dataset's dimension labels. */
    private String indicatorCode() {
        URI uri = base.resolve("/v22/datasets/" + dataset);
        JsonNode docs = object(uri, "datasets").path("docs");
        if (!docs.isArray() || docs.isEmpty()) {
            throw bad(uri, "no datasets.docs (expected the dataset " + dataset + ")");
        }
        JsonNode labels = docs.get(0).path("dimensions_values_labels").path("INDICATOR");
        Map<String, String> byCode = labels(labels);
        if (byCode.isEmpty()) {
            throw bad(uri, "no INDICATOR dimension labels (expected dimensions_values_labels.INDICATOR)");
        }
        List<String> matches = byCode.entrySet().stream()
                .filter(e -> fits(e.getValue()))
                .map(Map.Entry::getKey)
                .toList();
        if (matches.size() != 1) {
            throw bad(
                    uri,
                    matches.size() + " INDICATOR labels naming ICT services credit in US dollars (expected one; "
                            + "found " + String.join(", ", matches) + ")");
        }
        return matches.get(0);
    }

    static boolean fits(String label) {
        List<String> words = List.of(label.toLowerCase(Locale.ROOT).split("[^a-z]+"));
        return words.containsAll(LABEL_WORDS) && LABEL_EXCLUDED.stream().noneMatch(words::contains);
    }

    private static Map<String, String> labels(JsonNode node) {
        Map<String, String> byCode = new LinkedHashMap<>();
        if (node.isObject()) {
            node.fields()
                    .forEachRemaining(e -> byCode.put(e.getKey(), e.getValue().asText("")));
        } else if (node.isArray()) {
            for (JsonNode pair : node) {
                if (pair.isArray() && pair.size() >= 2) {
                    byCode.put(pair.get(0).asText(""), pair.get(1).asText(""));
                }
            }
        }
        return byCode;
    }

    private List<IncomingObservation> values(URI uri, JsonNode doc, Series series, SourceRequest request) {
        JsonNode periods = doc.path("period");
        JsonNode values = doc.path("value");
        if (!periods.isArray() || !values.isArray() || periods.size() != values.size()) {
            throw bad(uri, series.id() + ": period and value are not arrays of one length");
        }
        LocalDate indexed = indexedAt(uri, doc);
        List<IncomingObservation> out = new ArrayList<>();
        for (int i = 0; i < periods.size(); i++) {
            JsonNode value = values.get(i);
            if (value.isTextual() && value.asText().equals("NA") || value.isNull()) {
                continue;
            }
            Matcher q = QUARTER.matcher(periods.get(i).asText(""));
            if (!q.matches() || !value.isNumber()) {
                throw bad(
                        uri,
                        series.id() + ": period " + periods.get(i) + " with value " + value
                                + " (expected a quarter such as 2024-Q1 and a number or \"NA\")");
            }
            out.add(new IncomingObservation(
                    series.id(),
                    CalendarQuarter.of(Integer.parseInt(q.group(1)), Integer.parseInt(q.group(2))),
                    value.decimalValue().stripTrailingZeros(),
                    ObservationStatus.NORMAL,
                    null,
                    indexed == null ? request.now().atOffset(ZoneOffset.UTC).toLocalDate() : indexed,
                    indexed == null ? PublicByBasis.FETCHED : PublicByBasis.SOURCE,
                    List.of("https://db.nomics.world/" + dataset + "/"
                            + doc.path("series_code").asText("")),
                    "",
                    PublisherHttp.shown(uri),
                    0));
        }
        return out;
    }

    private LocalDate indexedAt(URI uri, JsonNode doc) {
        String text = doc.path("indexed_at").asText("");
        if (text.isEmpty()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toLocalDate();
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(text.substring(0, Math.min(10, text.length())));
            } catch (DateTimeParseException again) {
                throw bad(uri, "indexed_at '" + text + "' is not a date-time (expected ISO 8601)");
            }
        }
    }

    private Series series(Economy e, String indicator) {
        return new Series(
                seriesId(e),
                e.name() + ": ICT service exports, quarterly (IMF balance of payments)",
                Unit.USD_MILLION,
                Frequency.QUARTER,
                SeriesKind.FLOW,
                FiscalCalendar.CALENDAR_YEAR,
                "IMF via DBnomics",
                "IMF BOP " + indicator + " (telecommunications, computer and information services, credit), REF_AREA "
                        + e.iso2() + ", from DBnomics " + dataset,
                List.of());
    }

    private URI seriesUri(String indicator, int offset) {
        String areas =
                String.join("\",\"", economies.stream().map(Economy::iso2).toList());
        String dimensions = "{\"FREQ\":[\"Q\"],\"REF_AREA\":[\"" + areas + "\"],\"INDICATOR\":[\"" + indicator + "\"]}";
        return base.resolve("/v22/series/" + dataset + "?observations=1&limit=" + PAGE + "&offset=" + offset
                + "&dimensions=" + URLEncoder.encode(dimensions, StandardCharsets.UTF_8));
    }

    /** The member {@code member} of the JSON object answered, or the failure the answer describes. */
    private JsonNode object(URI uri, String member) {
        JsonNode root;
        try {
            root = JSON.readTree(http.get(uri));
        } catch (IOException e) {
            throw bad(uri, "not JSON (" + e.getMessage().lines().findFirst().orElse("") + ")");
        }
        if (root == null || !root.isObject()) {
            throw bad(uri, "not a JSON object");
        }
        if (root.has("errors") || !root.has(member)) {
            throw bad(
                    uri,
                    "no \"" + member + "\" member" + (root.has("errors") ? ": " + root.get("errors") : "")
                            + " (expected DBnomics' v22 answer)");
        }
        return root.get(member);
    }

    private static SourceFailure bad(URI uri, String what) {
        return new SourceFailure(NAME, Kind.BAD_RESPONSE, PublisherHttp.shown(uri) + " answered " + what);
    }
}
