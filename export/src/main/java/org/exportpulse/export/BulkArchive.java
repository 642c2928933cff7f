package org.exportpulse.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Several tables as one ZIP archive of CSV files with a {@code manifest.json} first: when the data
 * last changed, and for each file its name, rows, bytes and SHA-256, so that a mirror can check
 * what it downloaded. The same tables and time give the same bytes (entry times are fixed to the
 * data's last change), so the archive's tag only changes with the data.
 */
public final class BulkArchive {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    private BulkArchive() {}

    /**
     * Writes the archive.
     *
     * @param files file name (e.g. {@code observations.csv}) → its table, in the archive's order
     * @param lastChanged when the data last changed; {@code null} for a store never written
     * @param description one sentence for the manifest on what the archive holds
     * @throws IOException when {@code out} fails
     */
    public static void write(Map<String, DataTable> files, Instant lastChanged, String description, OutputStream out)
            throws IOException {
        Map<String, byte[]> bodies = new LinkedHashMap<>();
        for (Map.Entry<String, DataTable> file : files.entrySet()) {
            bodies.put(file.getKey(), csv(file.getValue()));
        }
        FileTime time = FileTime.from(lastChanged == null ? Instant.EPOCH : lastChanged);
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            entry(zip, "manifest.json", manifest(files, bodies, lastChanged, description), time);
            for (Map.Entry<String, byte[]> body : bodies.entrySet()) {
                entry(zip, body.getKey(), body.getValue(), time);
            }
        }
    }

    private static byte[] manifest(
            Map<String, DataTable> files, Map<String, byte[]> bodies, Instant lastChanged, String description)
            throws IOException {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("description", description);
        root.put("last_changed", lastChanged == null ? null : lastChanged.toString());
        ArrayNode list = root.putArray("files");
        for (Map.Entry<String, byte[]> body : bodies.entrySet()) {
            DataTable table = files.get(body.getKey());
            ObjectNode f = list.addObject();
            f.put("name", body.getKey());
            f.put("rows", table.rows().size());
            f.put("bytes", body.getValue().length);
            f.put("sha256", HexFormat.of().formatHex(Sha256.of(body.getValue())));
            ArrayNode columns = f.putArray("columns");
            table.columns().forEach(columns::add);
        }
        return JSON.writeValueAsBytes(root);
    }

    private static byte[] csv(DataTable table) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer w = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            TableFiles.csv(table, w);
        }
        return bytes.toByteArray();
    }

    private static void entry(ZipOutputStream zip, String name, byte[] body, FileTime time) throws IOException {
        ZipEntry e = new ZipEntry(name);
        e.setLastModifiedTime(time);
        e.setCreationTime(time);
        e.setLastAccessTime(time);
        zip.putNextEntry(e);
        zip.write(body);
        zip.closeEntry();
    }
}
