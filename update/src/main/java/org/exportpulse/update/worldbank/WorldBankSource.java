package org.exportpulse.update.worldbank;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.exportpulse.core.series.ObservationStatus;
import org.exportpulse.core.series.PublicByBasis;
import org.exportpulse.core.series.Series;
import org.exportpulse.core.time.CalendarYear;
import org.exportpulse.formats.Batch;
import org.exportpulse.formats.IncomingObservation;
import org.exportpulse.formats.wdi.WdiReader;
import org.exportpulse.update.Source;
import org.exportpulse.update.SourceFailure;
import org.exportpulse.update.SourceFailure.Kind;
import org.exportpulse.update.SourceRequest;
import org.exportpulse.update.SourceResult;
import org.exportpulse.update.http.PublisherHttp;

/**
 * The World Bank Indicators API v2: one indicator for every economy and aggregate, page by page
 * ({@code [{"page", "pages", "lastupdated", …}, [rows]]}), into the series {@link WdiReader} defines
 * for the bulk file. The answer's {@code lastupdated} dates the values. An error comes as {@code
 * [{"message": [{"id", "key", "value"}]}]}, with HTTP 200.
 */
public final class WorldBankSource implements Source {

    /** The name on the command line. */
    public static final String NAME = "worldbank";

    /** The indicator fetched: ICT service exports (BoP, current US$). */
    public static final String ICT_EXPORTS = "BX.GSR.CCIS.CD";

    private static final ObjectMapper JSON =
            new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final int MOST_PAGES = 100;

    private final URI base;
    private final PublisherHttp http;
    private final Set<String> aggregates;
    private final String indicator;

    /**
     * @param base the service root, {@code https://api.worldbank.org}
     * @param aggregates codes of aggregates (upper case), as {@code data/wdi/aggregates.csv}
     */
    public WorldBankSource(URI base, PublisherHttp http, Set<String> aggregates, String indicator) {
        this.base = base;
        this.http = http;
        this.aggregates = Set.copyOf(aggregates);
        this.indicator = indicator;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String title() {
        return "World Bank Indicators API v2";
    }

    @Override
    public SourceResult fetch(SourceRequest request) {
        int before = http.requestsMade();
        Set<String> known = new HashSet<>();
        request.stored().forEach(s -> known.add(s.id()));
        List<Series> created = new ArrayList<>();
        List<IncomingObservation> observations = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        int skipped = 0;
        int pages = 1;
        for (int page = 1; page <= pages; page++) {
            URI uri = uri(page, request);
            JsonNode[] answer = page(uri);
            JsonNode header = answer[0];
            pages = header.path("pages").asInt(1);
            if (pages > MOST_PAGES) {
                throw bad(uri, pages + " pages (expected at most " + MOST_PAGES + " of 20,000 rows)");
            }
            LocalDate updated = lastUpdated(uri, header);
            for (JsonNode row : answer[1]) {
                String code = row.path("countryiso3code").asText("").strip();
                if (code.isEmpty()) {
                    skipped++;
                    continue;
                }
                String economy = row.path("country").path("value").asText("").strip();
                if (economy.isEmpty()) {
                    throw bad(uri, "a row for " + code + " without country.value (expected the economy's name)");
                }
                Series series = WdiReader.series(indicator, indicatorName(row), code, economy, aggregates);
                if (known.add(series.id())) {
                    created.add(series);
                }
                IncomingObservation o = observation(uri, row, series, updated, request);
                if (o != null) {
                    observations.add(o);
                }
            }
        }
        if (skipped > 0) {
            notes.add(skipped + " rows without a three-letter economy code were skipped");
        }
        if (!created.isEmpty()) {
            notes.add(created.size() + " economies new to the store");
        }
        return new SourceResult(NAME, new Batch(created, observations), notes, http.requestsMade() - before);
    }

    private IncomingObservation observation(
            URI uri, JsonNode row, Series series, LocalDate updated, SourceRequest request) {
        JsonNode value = row.path("value");
        if (value.isNull() || value.isMissingNode()) {
            return null;
        }
        if (!value.isNumber()) {
            throw bad(uri, series.id() + ": value " + value + " is not a number (expected US dollars or null)");
        }
        String year = row.path("date").asText("");
        if (!YEAR.matcher(year).matches()) {
            throw bad(uri, series.id() + ": date '" + year + "' is not a year (expected e.g. 2024)");
        }
        boolean dated = updated != null;
        return new IncomingObservation(
                series.id(),
                CalendarYear.of(Integer.parseInt(year)),
                WdiReader.plain(value.decimalValue()),
                ObservationStatus.NORMAL,
                null,
                dated ? updated : request.now().atOffset(ZoneOffset.UTC).toLocalDate(),
                dated ? PublicByBasis.SOURCE : PublicByBasis.FETCHED,
                List.of(WdiReader.source(indicator)),
                "",
                PublisherHttp.shown(uri),
                0);
    }

    private String indicatorName(JsonNode row) {
        return row.path("indicator").path("value").asText(indicator);
    }

    /** The header and the rows of one page, or the failure the answer describes. */
    private JsonNode[] page(URI uri) {
        JsonNode root;
        try {
            root = JSON.readTree(http.get(uri));
        } catch (IOException e) {
            throw bad(uri, "not JSON (" + e.getMessage().lines().findFirst().orElse("") + ")");
        }
        if (root == null || !root.isArray() || root.isEmpty()) {
            throw bad(uri, "not a JSON array (expected [header, rows])");
        }
        JsonNode message = root.get(0).path("message");
        if (message.isArray() && !message.isEmpty()) {
            JsonNode first = message.get(0);
            throw new SourceFailure(
                    NAME,
                    Kind.BAD_RESPONSE,
                    PublisherHttp.shown(uri) + " answered error "
                            + first.path("id").asText("?") + " "
                            + first.path("key").asText("") + ": "
                            + first.path("value").asText("")
                            + " (expected data for " + indicator + ")");
        }
        if (root.size() < 2 || !root.get(0).isObject()) {
            throw bad(uri, "no page header and rows (expected [header, rows])");
        }
        if (root.get(1).isNull() && root.get(0).path("total").asInt(-1) == 0) {
            return new JsonNode[] {root.get(0), JSON.createArrayNode()};
        }
        if (!root.get(1).isArray()) {
            throw bad(uri, "rows are not an array (expected [header, rows])");
        }
        return new JsonNode[] {root.get(0), root.get(1)};
    }

    private LocalDate lastUpdated(URI uri, JsonNode header) {
        String text = header.path("lastupdated").asText("");
        if (text.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw bad(uri, "lastupdated '" + text + "' is not a date (expected YYYY-MM-DD)");
        }
    }

    private URI uri(int page, SourceRequest request) {
        String years = request.since() == null
                ? ""
                : "&date=" + request.since().getYear() + ":"
                        + request.now().atOffset(ZoneOffset.UTC).getYear();
        return base.resolve("/v2/country/all/indicator/" + indicator.toUpperCase(Locale.ROOT)
                + "?format=json&per_page=20000&page=" + page + years);
    }

    private static SourceFailure bad(URI uri, String what) {
        return new SourceFailure(NAME, Kind.BAD_RESPONSE, PublisherHttp.shown(uri) + " answered " + what);
    }
}
