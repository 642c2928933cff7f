package org.exportpulse.server;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The file formats a values answer can take, chosen by {@code ?format=} or, without it, by the
 * {@code Accept} header (RFC 9110 media ranges with {@code q} weights); JSON when neither says. A
 * {@code format} the answer does not offer is a 400 listing the ones it does; an {@code Accept}
 * that none of them satisfies is a 406.
 */
enum AnswerFormat {
    JSON("json", "application/json", "application/json"),
    CSV("csv", "text/csv", "text/csv; charset=utf-8"),
    XLSX(
            "xlsx",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    /** SDMX-CSV 2.0, which SDMX tools read. */
    SDMX_CSV(
            "sdmx-csv", "application/vnd.sdmx.data+csv", "application/vnd.sdmx.data+csv; version=2.0.0; charset=utf-8");

    /** The formats of every answer that is a table: JSON (the default), CSV, XLSX. */
    static final List<AnswerFormat> TABLES = List.of(JSON, CSV, XLSX);

    /** {@link #TABLES} and SDMX-CSV, for observations of one vintage. */
    static final List<AnswerFormat> TABLES_AND_SDMX = List.of(JSON, CSV, XLSX, SDMX_CSV);

    private final String code;
    private final String mediaType;
    private final String contentType;

    AnswerFormat(String code, String mediaType, String contentType) {
        this.code = code;
        this.mediaType = mediaType;
        this.contentType = contentType;
    }

    String code() {
        return code;
    }

    /** The {@code Content-Type} of an answer in this format. */
    String contentType() {
        return contentType;
    }

    /**
     * The format of the answer to {@code ctx} among {@code offered} (the first is the default).
     *
     * @throws IllegalArgumentException for a {@code format} not offered
     * @throws HttpResponseException 406 when {@code Accept} admits none of {@code offered}
     */
    static AnswerFormat choose(Context ctx, List<AnswerFormat> offered) {
        String format = ctx.queryParam("format");
        if (format != null && !format.isBlank()) {
            for (AnswerFormat f : offered) {
                if (f.code.equalsIgnoreCase(format.strip())) {
                    return f;
                }
            }
            throw new IllegalArgumentException("format " + shown(format) + " is not available here (expected "
                    + String.join(", ", codes(offered)) + ")");
        }
        String accept = ctx.header("Accept");
        if (accept == null || accept.isBlank()) {
            return offered.get(0);
        }
        AnswerFormat best = null;
        double bestWeight = 0;
        for (AnswerFormat f : offered) {
            double weight = weight(accept, f.mediaType);
            if (weight > bestWeight) {
                best = f;
                bestWeight = weight;
            }
        }
        if (best == null) {
            throw new HttpResponseException(
                    HttpStatus.NOT_ACCEPTABLE.getCode(),
                    "no format of this answer is acceptable to Accept: " + shown(accept) + " (available: "
                            + String.join(
                                    ", ", offered.stream().map(f -> f.mediaType).toList())
                            + "; or ?format=" + String.join("|", codes(offered)) + ")");
        }
        return best;
    }

    /** The weight {@code accept} gives {@code mediaType}: its most specific matching range's q. */
    static double weight(String accept, String mediaType) {
        String type = mediaType.substring(0, mediaType.indexOf('/'));
        int bestSpecificity = -1;
        double weight = 0;
        for (String range : accept.split(",")) {
            String[] parts = range.strip().split(";");
            String name = parts[0].strip().toLowerCase(Locale.ROOT);
            int specificity = name.equals(mediaType) ? 2 : name.equals(type + "/*") ? 1 : name.equals("*/*") ? 0 : -1;
            if (specificity > bestSpecificity) {
                bestSpecificity = specificity;
                weight = q(parts);
            }
        }
        return weight;
    }

    private static double q(String[] parameters) {
        for (int i = 1; i < parameters.length; i++) {
            String p = parameters[i].strip();
            if (p.toLowerCase(Locale.ROOT).startsWith("q=")) {
                try {
                    return Double.parseDouble(p.substring(2).strip());
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 1;
    }

    private static List<String> codes(List<AnswerFormat> offered) {
        List<String> codes = new ArrayList<>();
        offered.forEach(f -> codes.add(f.code));
        return codes;
    }

    private static String shown(String text) {
        return text.length() <= 100 ? text : text.substring(0, 100) + "…";
    }
}
