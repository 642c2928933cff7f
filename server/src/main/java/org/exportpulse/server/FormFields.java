package org.exportpulse.server;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** The fields of an {@code application/x-www-form-urlencoded} body, decoded as UTF-8. */
final class FormFields {

    private FormFields() {}

    /**
     * Each field's first value by name; a field without {@code =} has the empty value.
     *
     * @throws IllegalArgumentException for a malformed percent escape
     */
    static Map<String, String> decode(String body) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (body.isEmpty()) {
            return fields;
        }
        for (String pair : body.split("&", -1)) {
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            try {
                fields.putIfAbsent(
                        URLDecoder.decode(name, StandardCharsets.UTF_8),
                        URLDecoder.decode(value, StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(
                        "body: a form field is not properly percent-encoded: " + e.getMessage(), e);
            }
        }
        return fields;
    }
}
