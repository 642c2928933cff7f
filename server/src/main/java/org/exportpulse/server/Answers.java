package org.exportpulse.server;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import java.util.function.Supplier;
import org.exportpulse.core.series.Series;
import org.exportpulse.export.DataTable;
import org.exportpulse.export.ExportFormat;
import org.exportpulse.export.SeriesExport;
import org.exportpulse.export.TableFiles;

/** Writes values answers: JSON documents, and tables as CSV, SDMX-CSV or XLSX attachments. */
final class Answers {

    private static final ObjectMapper JSON = new ObjectMapper().enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    private Answers() {}

    /** {@code {"series", "unit", "count", "offset", "limit"}} to which an answer adds its rows. */
    static ObjectNode root(Series series, Page<?> page) {
        ObjectNode root = NODES.objectNode();
        root.put("series", series.id());
        root.put("unit", series.unit().toString());
        paging(root, page);
        return root;
    }

    /** Adds {@code count} (rows before paging), {@code offset} and {@code limit} (null: none). */
    static void paging(ObjectNode root, Page<?> page) {
        root.put("count", page.count());
        root.put("offset", page.offset());
        if (page.limit() == null) {
            root.putNull("limit");
        } else {
            root.put("limit", page.limit());
        }
    }

    /**
     * {@code node} in the format asked for ({@code format} or {@code Accept}: JSON, CSV or XLSX),
     * the files holding {@code table(node)} and named {@code name} plus the extension.
     */
    static void jsonOrTable(Context ctx, JsonNode node, Function<JsonNode, DataTable> table, String name) {
        jsonOrTable(ctx, () -> node, () -> table.apply(node), name);
    }

    /** As {@link #jsonOrTable(Context, JsonNode, Function, String)}, building only the form asked for. */
    static void jsonOrTable(Context ctx, Supplier<JsonNode> json, Supplier<DataTable> table, String name) {
        AnswerFormat format = AnswerFormat.choose(ctx, AnswerFormat.TABLES);
        if (format == AnswerFormat.JSON) {
            json(ctx, json.get());
        } else {
            file(ctx, format, table.get(), name);
        }
    }

    static void json(Context ctx, JsonNode node) {
        try {
            EntityTags.send(
                    ctx,
                    AnswerFormat.JSON.contentType(),
                    JSON.writeValueAsString(node).getBytes(StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A series' values as {@code pulse export} writes them (CSV, or XLSX with a metadata sheet). */
    static void export(Context ctx, AnswerFormat format, SeriesExport export, String name) {
        ExportFormat file = format == AnswerFormat.XLSX ? ExportFormat.XLSX : ExportFormat.CSV;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            export.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ctx.header("Content-Disposition", "attachment; filename=\"" + name + "." + file.extension() + "\"");
        EntityTags.send(ctx, format.contentType(), bytes.toByteArray());
    }

    /** {@code table} as a file named {@code name} plus the format's extension. */
    static void file(Context ctx, AnswerFormat format, DataTable table, String name) {
        byte[] body;
        String extension;
        if (format == AnswerFormat.XLSX) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try {
                TableFiles.xlsx(table, "values", bytes);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            body = bytes.toByteArray();
            extension = ".xlsx";
        } else {
            StringWriter csv = new StringWriter();
            TableFiles.csv(table, csv);
            body = csv.toString().getBytes(StandardCharsets.UTF_8);
            extension = format == AnswerFormat.SDMX_CSV ? ".sdmx.csv" : ".csv";
        }
        ctx.header("Content-Disposition", "attachment; filename=\"" + name + extension + "\"");
        EntityTags.send(ctx, format.contentType(), body);
    }
}
