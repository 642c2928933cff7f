package org.exportpulse.update.sbp;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.exportpulse.core.series.Frequency;
import org.exportpulse.core.series.PublicByBasis;
import org.exportpulse.core.series.Series;
import org.exportpulse.formats.Batch;
import org.exportpulse.formats.IncomingObservation;
import org.exportpulse.formats.IngestException;
import org.exportpulse.formats.NamedInput;
import org.exportpulse.formats.SeriesLookup;
import org.exportpulse.formats.easydata.EasyDataJsonReader;
import org.exportpulse.update.Source;
import org.exportpulse.update.SourceFailure;
import org.exportpulse.update.SourceFailure.Kind;
import org.exportpulse.update.SourceRequest;
import org.exportpulse.update.SourceResult;
import org.exportpulse.update.http.PublisherHttp;

/**
 * The State Bank of Pakistan's EasyData API: for every monthly series whose definition names an
 * EasyData key ({@code TS_GP_…}), the series' metadata (its "Last Refresh Date" dates the values)
 * and its data as JSON. Keys a series lacks are looked up in the dataset metadata of its {@link
 * KeyHint} and recorded in its definition, so later runs and {@code pulse ingest} find them.
 */
public final class EasyDataSource implements Source {

    /** The name on the command line. */
    public static final String NAME = "sbp";

    private static final Pattern KEY = Pattern.compile("(?<![A-Za-z0-9_])TS_[A-Z0-9_]+\\.[A-Z0-9_]+");
    private static final DateTimeFormatter REFRESH = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .appendPattern("[d-MMM-uuuu][uuuu-MM-dd][dd/MM/uuuu]")
            .toFormatter(Locale.ENGLISH);

    private final URI base;
    private final String apiKey;
    private final PublisherHttp http;
    private final List<KeyHint> hints;

    /**
     * @param base the service root, {@code https://easydata.sbp.org.pk}
     * @param apiKey the EasyData API key, or {@code null} when none was given
     * @param hints where to look up keys that series lack
     */
    public EasyDataSource(URI base, String apiKey, PublisherHttp http, List<KeyHint> hints) {
        this.base = base;
        this.apiKey = apiKey;
        this.http = http;
        this.hints = List.copyOf(hints);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String title() {
        return "SBP EasyData API";
    }

    @Override
    public SourceResult fetch(SourceRequest request) {
        if (apiKey == null || apiKey.isBlank()) {
            throw new SourceFailure(
                    NAME,
                    Kind.NOT_CONFIGURED,
                    "no API key (expected PULSE_SBP_API_KEY: an EasyData key, from My Data Basket → My Account"
                            + " → Generate API Key; keys last 90 days)");
        }
        int before = http.requestsMade();
        List<String> notes = new ArrayList<>();
        Map<String, Series> byId = new LinkedHashMap<>();
        request.stored().forEach(s -> byId.put(s.id(), s));
        List<Series> recorded = recordKeys(byId, notes);
        recorded.forEach(s -> byId.put(s.id(), s));
        SeriesLookup lookup = new SeriesLookup(byId, null);
        List<IncomingObservation> observations = new ArrayList<>();
        for (Series series : byId.values()) {
            Optional<String> key = keyOf(series);
            if (key.isPresent() && series.frequency() == Frequency.MONTH) {
                observations.addAll(values(key.get(), lookup, request, notes));
            }
        }
        return new SourceResult(NAME, new Batch(recorded, observations), notes, http.requestsMade() - before);
    }

    /** The EasyData key a series' definition names, if any. */
    public static Optional<String> keyOf(Series series) {
        Matcher m = KEY.matcher(series.definition());
        return m.find() ? Optional.of(m.group()) : Optional.empty();
    }

    private List<IncomingObservation> values(
            String key, SeriesLookup lookup, SourceRequest request, List<String> notes) {
        LocalDate released = lastRefresh(key);
        PublicByBasis basis = PublicByBasis.SOURCE;
        if (released == null) {
            released = request.now().atOffset(ZoneOffset.UTC).toLocalDate();
            basis = PublicByBasis.FETCHED;
            notes.add(key + ": the series metadata gives no Last Refresh Date; new values are dated by the fetch");
        }
        URI uri =
                uri("/api/v1/series/" + key + "/data", request.since() == null ? "" : "&start_date=" + request.since());
        String body = http.get(uri);
        List<IncomingObservation> rows;
        try {
            rows = EasyDataJsonReader.read(
                    NamedInput.ofBytes(PublisherHttp.shown(uri), body.getBytes(StandardCharsets.UTF_8)), lookup);
        } catch (IngestException e) {
            throw new SourceFailure(
                    NAME,
                    Kind.BAD_RESPONSE,
                    "the answer is not the documented EasyData series data: " + e.getMessage(),
                    e);
        } catch (IOException e) {
            throw new SourceFailure(
                    NAME, Kind.BAD_RESPONSE, "cannot read the answer of " + PublisherHttp.shown(uri), e);
        }
        List<IncomingObservation> dated = new ArrayList<>();
        for (IncomingObservation o : rows) {
            dated.add(new IncomingObservation(
                    o.seriesId(),
                    o.period(),
                    o.value(),
                    o.status(),
                    null,
                    released,
                    basis,
                    o.sources(),
                    o.note(),
                    o.file(),
                    o.line()));
        }
        return dated;
    }

    /** The series' Last Refresh Date, or {@code null} when its metadata gives none. */
    private LocalDate lastRefresh(String key) {
        URI uri = uri("/api/v1/series/" + key + "/meta", "");
        EasyDataTable meta = table(uri);
        for (Map<String, String> row : meta.rows()) {
            Optional<String> text = EasyDataTable.cell(row, "last refresh date", "last refreshed");
            if (text.isPresent()) {
                try {
                    return LocalDate.parse(text.get(), REFRESH);
                } catch (DateTimeParseException e) {
                    throw new SourceFailure(
                            NAME,
                            Kind.BAD_RESPONSE,
                            PublisherHttp.shown(uri) + ": Last Refresh Date '" + text.get()
                                    + "' is not a date (expected e.g. 22-Apr-2024 or 2024-04-22)");
                }
            }
        }
        return null;
    }

    /** Looks up the keys of hinted series that have none; returns those series with the key recorded. */
    private List<Series> recordKeys(Map<String, Series> byId, List<String> notes) {
        List<Series> recorded = new ArrayList<>();
        for (KeyHint hint : hints) {
            Series series = byId.get(hint.seriesId());
            if (series == null || keyOf(series).isPresent()) {
                continue;
            }
            if (hint.dataset().isBlank()) {
                notes.add(hint.seriesId() + " has no EasyData key and its dataset is not known yet: find the dataset"
                        + " holding \"" + hint.nameWords() + "\" in the EasyData catalogue and add it to"
                        + " data/connectors/sbp-keys.csv");
                continue;
            }
            String key = findKey(hint);
            recorded.add(withKey(series, key));
            notes.add(hint.seriesId() + ": found EasyData key " + key + " in dataset " + hint.dataset()
                    + "; recorded in its definition");
        }
        return recorded;
    }

    private String findKey(KeyHint hint) {
        URI uri = uri("/api/v1/dataset/" + hint.dataset() + "/meta", "");
        List<String> words = words(hint.nameWords());
        List<String> matches = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Map<String, String> row : table(uri).rows()) {
            Optional<String> key = EasyDataTable.cell(row, "series key", "series code");
            Optional<String> name = EasyDataTable.cell(row, "series name", "series short name", "series description");
            if (key.isEmpty() || name.isEmpty()) {
                throw new SourceFailure(
                        NAME,
                        Kind.BAD_RESPONSE,
                        PublisherHttp.shown(uri) + ": a row lacks Series Key or Series Name (expected both in the"
                                + " dataset metadata)");
            }
            names.add(name.get());
            if (words(name.get()).containsAll(words)) {
                matches.add(key.get().contains(".") ? key.get() : hint.dataset() + "." + key.get());
            }
        }
        if (matches.size() != 1) {
            throw new SourceFailure(
                    NAME,
                    Kind.BAD_RESPONSE,
                    "dataset " + hint.dataset() + " has " + matches.size() + " series named with \""
                            + hint.nameWords() + "\" (expected one for " + hint.seriesId() + "; its series: "
                            + String.join("; ", names.stream().limit(12).toList()) + ")");
        }
        return matches.get(0);
    }

    private static Series withKey(Series s, String key) {
        return new Series(
                s.id(),
                s.title(),
                s.unit(),
                s.frequency(),
                s.kind(),
                s.calendar(),
                s.publisher(),
                s.definition() + "; SBP EasyData " + key,
                s.shareOf());
    }

    private static List<String> words(String text) {
        return List.of(text.toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", " ")
                .strip()
                .split(" "));
    }

    private EasyDataTable table(URI uri) {
        String body = http.get(uri);
        try {
            return EasyDataTable.parse(body);
        } catch (IllegalArgumentException e) {
            throw new SourceFailure(
                    NAME,
                    Kind.BAD_RESPONSE,
                    PublisherHttp.shown(uri) + " answered " + e.getMessage()
                            + " (expected EasyData's {\"columns\", \"rows\"})",
                    e);
        }
    }

    private URI uri(String path, String more) {
        return base.resolve(
                path + "?api_key=" + URLEncoder.encode(apiKey, StandardCharsets.UTF_8) + "&format=json" + more);
    }
}
