package org.exportpulse.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.javalin.http.Handler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.exportpulse.formats.IngestProblem;

/**
 * The query parameters each GET route takes, read from the OpenAPI document the server publishes,
 * so that what is documented and what is accepted cannot drift apart. A request with any other
 * parameter is refused with 400 naming it and the accepted ones: a parameter the server does not
 * know would otherwise be ignored silently (a question answered that was not asked), and every
 * unknown value would make a new, uncacheable answer.
 */
final class QueryParameters {

    private static final String PREFIX = "#/components/parameters/";

    private final Map<String, Set<String>> byPath;

    private QueryParameters(Map<String, Set<String>> byPath) {
        this.byPath = byPath;
    }

    /** The parameters of the server's own OpenAPI document. */
    static QueryParameters documented() {
        try (InputStream in = QueryParameters.class.getResourceAsStream("openapi.yaml")) {
            return of(new YAMLMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the OpenAPI document: " + e.getMessage(), e);
        }
    }

    static QueryParameters of(JsonNode spec) {
        Map<String, Set<String>> byPath = new LinkedHashMap<>();
        JsonNode shared = spec.path("components").path("parameters");
        for (Iterator<Map.Entry<String, JsonNode>> paths = spec.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            Set<String> names = new TreeSet<>();
            for (JsonNode p : path.getValue().path("get").path("parameters")) {
                JsonNode parameter =
                        p.has("$ref") ? shared.path(p.get("$ref").asText().substring(PREFIX.length())) : p;
                if ("query".equals(parameter.path("in").asText())) {
                    names.add(parameter.path("name").asText());
                }
            }
            byPath.put(path.getKey(), Set.copyOf(names));
        }
        return new QueryParameters(byPath);
    }

    /** The query parameters {@code path} takes (a route template such as {@code /api/series/{id}}). */
    Set<String> of(String path) {
        Set<String> names = byPath.get(path);
        if (names == null) {
            throw new IllegalStateException("the OpenAPI document has no GET " + path);
        }
        return names;
    }

    /** {@code handler}, after refusing a request to {@code path} with a parameter it does not take. */
    Handler checked(String path, Handler handler) {
        Set<String> accepted = new TreeSet<>(of(path));
        return ctx -> {
            for (String name : ctx.queryParamMap().keySet()) {
                if (!accepted.contains(name)) {
                    throw new IllegalArgumentException("unknown parameter '" + IngestProblem.cut(name, 100) + "' ("
                            + (accepted.isEmpty()
                                    ? "this resource takes none"
                                    : "expected one of: " + String.join(", ", accepted))
                            + ")");
                }
            }
            handler.handle(ctx);
        };
    }
}
