package org.exportpulse.formats;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/** The file layouts ExportPulse reads, and how to tell them apart from their first bytes. */
public enum FileFormat {
    /** Tidy observations: {@code series,period,value[,unit,status,vintage,public_by,source,note]}. */
    TIDY("tidy"),
    /** Tidy series definitions: {@code id,title,unit,frequency,kind[,…]} (a sidecar of tidy observations). */
    TIDY_SERIES("tidy-series"),
    /** An SBP EasyData series response as JSON: {@code {"columns": […], "rows": [[…], …]}}. */
    EASYDATA_JSON("easydata-json"),
    /** An SBP EasyData series response as CSV, with the JSON's column names as header. */
    EASYDATA_CSV("easydata-csv"),
    /** The World Bank WDI bulk CSV: four preamble lines, one column per year. */
    WDI("wdi");

    private final String code;

    FileFormat(String code) {
        this.code = code;
    }

    /** {@code tidy}, {@code easydata-json}, … as given to {@code --format}. */
    public String code() {
        return code;
    }

    /**
     * @throws IllegalArgumentException for an unknown code, listing the known ones
     */
    public static FileFormat parse(String text) {
        for (FileFormat f : values()) {
            if (f.code.equalsIgnoreCase(text.strip())) {
                return f;
            }
        }
        throw new IllegalArgumentException("'" + text + "' is not a format (expected one of "
                + String.join(
                        ", ", Arrays.stream(values()).map(FileFormat::code).toList()) + ")");
    }

    /**
     * Tells the format from the start of the file.
     *
     * @throws IngestException when the file is empty
     */
    public static FileFormat detect(NamedInput input) throws IOException {
        byte[] head;
        try (InputStream in = input.open()) {
            head = in.readNBytes(4096);
        }
        String text =
                new String(head, StandardCharsets.UTF_8).replace("\uFEFF", "").stripLeading();
        if (text.isEmpty()) {
            throw IngestException.of(input.name(), 0, "", "the file is empty (expected a header line and rows)");
        }
        String firstLine = text.split("[\r\n]", 2)[0].toLowerCase(Locale.ROOT);
        if (text.startsWith("{") || text.startsWith("[")) {
            return EASYDATA_JSON;
        }
        if (firstLine.startsWith("\"data source\"")) {
            return WDI;
        }
        if (firstLine.contains("observation date") && firstLine.contains("observation value")) {
            return EASYDATA_CSV;
        }
        var columns = Arrays.stream(firstLine.split(","))
                .map(c -> c.strip().replace("\"", ""))
                .toList();
        return columns.contains("id") && columns.contains("title") ? TIDY_SERIES : TIDY;
    }
}
