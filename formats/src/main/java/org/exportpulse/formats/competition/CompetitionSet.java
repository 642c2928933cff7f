package org.exportpulse.formats.competition;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.exportpulse.core.forecast.Backtest;
import org.exportpulse.formats.IngestException;

/**
 * A forecasting-competition folder (the Tourism layout): exactly one {@code *_train.csv} and one
 * {@code *_info.csv}, and at most one {@code *_test.csv}. Train and test files have no header, one
 * series a line: {@code id,v1,v2,…}; the info file has a header {@code id,n,h,…} (quotes allowed).
 *
 * @param horizon the {@code h} of the info file (all series alike), unless overridden
 */
public record CompetitionSet(List<Backtest.Series> series, int horizon) {

    /**
     * @param horizonOverride replaces the info file's {@code h} when not {@code null}
     * @throws NoSuchFileException when the folder or a required file is missing
     * @throws IngestException naming file, line and field for a malformed line
     */
    public static CompetitionSet read(Path dir, Integer horizonOverride) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new NoSuchFileException(dir.toString(), null, "no such folder");
        }
        Path train = one(dir, "_train.csv", true);
        Path test = one(dir, "_test.csv", false);
        Path info = one(dir, "_info.csv", true);
        Map<String, Integer> horizons = horizons(info);
        Map<String, double[]> trainValues = values(train);
        Map<String, double[]> testValues = test == null ? Map.of() : values(test);
        List<Backtest.Series> series = new ArrayList<>();
        int horizon = horizonOverride != null
                ? horizonOverride
                : horizons.values().stream().findFirst().orElse(0);
        if (horizon < 1) {
            throw IngestException.of(info.toString(), 2, "h", "no horizon (expected a positive h, or --horizon)");
        }
        trainValues.forEach(
                (id, v) -> series.add(new Backtest.Series(id, v, testValues.getOrDefault(id, new double[0]))));
        return new CompetitionSet(series, horizon);
    }

    private static Path one(Path dir, String suffix, boolean required) throws IOException {
        List<Path> found;
        try (Stream<Path> files = Files.list(dir)) {
            found = files.filter(p -> p.getFileName().toString().endsWith(suffix))
                    .sorted()
                    .toList();
        }
        if (found.size() > 1) {
            throw new IllegalArgumentException(
                    dir + ": " + found.size() + " files end in " + suffix + " (expected exactly one)");
        }
        if (found.isEmpty() && required) {
            throw new NoSuchFileException(dir.resolve("*" + suffix).toString(), null, "no file ending in " + suffix);
        }
        return found.isEmpty() ? null : found.get(0);
    }

    private static Map<String, Integer> horizons(Path info) throws IOException {
        List<String> lines = Files.readAllLines(info, StandardCharsets.UTF_8);
        if (lines.isEmpty()) {
            throw IngestException.of(info.toString(), 1, "", "the file is empty (expected a header id,n,h,…)");
        }
        List<String> header = cells(lines.get(0));
        int id = header.indexOf("id");
        int h = header.indexOf("h");
        if (id < 0 || h < 0) {
            throw IngestException.of(
                    info.toString(), 1, "header", "columns id and h are required (found " + header + ")");
        }
        Map<String, Integer> horizons = new HashMap<>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            List<String> c = cells(lines.get(i));
            try {
                horizons.put(c.get(id), Integer.parseInt(c.get(h)));
            } catch (RuntimeException e) {
                throw IngestException.of(info.toString(), i + 1, "h", "'" + lines.get(i) + "' has no whole-number h");
            }
        }
        return horizons;
    }

    private static Map<String, double[]> values(Path file) throws IOException {
        Map<String, double[]> values = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            List<String> c = cells(lines.get(i));
            double[] v = new double[c.size() - 1];
            for (int k = 1; k < c.size(); k++) {
                try {
                    v[k - 1] = Double.parseDouble(c.get(k));
                } catch (NumberFormatException e) {
                    throw IngestException.of(
                            file.toString(), i + 1, "value " + k, "'" + c.get(k) + "' is not a number");
                }
            }
            if (v.length == 0) {
                throw IngestException.of(file.toString(), i + 1, "values", "series " + c.get(0) + " has no values");
            }
            values.put(c.get(0), v);
        }
        return values;
    }

    private static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        for (String c : line.split(",", -1)) {
            String t = c.strip();
            cells.add(t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"") ? t.substring(1, t.length() - 1) : t);
        }
        return cells;
    }
}
