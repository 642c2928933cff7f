package org.exportpulse.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The HTTP methods each route takes, for the {@code Allow} header of a 405 answer: routes are added
 * as registered, with their templates ({@code /api/series/{id}}); a GET route also takes HEAD.
 */
final class AllowedMethods {

    private record Route(Pattern path, String method) {}

    private final List<Route> routes = new ArrayList<>();

    void add(String method, String template) {
        String regex = Pattern.quote(template).replaceAll("\\{[^}/]+}", "\\\\E[^/]+\\\\Q");
        routes.add(new Route(Pattern.compile(regex), method));
    }

    /** The methods {@code path} takes, comma-separated in alphabetical order; empty when none. */
    String allow(String path) {
        Set<String> methods = new TreeSet<>();
        for (Route r : routes) {
            if (r.path().matcher(path).matches()) {
                methods.add(r.method());
                if (r.method().equals("GET")) {
                    methods.add("HEAD");
                }
            }
        }
        return String.join(", ", methods);
    }
}
