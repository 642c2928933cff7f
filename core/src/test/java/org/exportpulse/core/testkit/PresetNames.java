package org.exportpulse.core.testkit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds string literals in Java sources that name a country or a series of the bundled data, for the
 * modules whose code must hold no preset (their tests assert the list is empty). Comments are
 * skipped, and so is a line saying what form is {@code expected} (an error message's example).
 */
public final class PresetNames {

    private PresetNames() {}

    private static final Pattern LITERAL = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");
    private static final Pattern NAMED =
            Pattern.compile("Pakistan|\"PAK\"|\\.bop\\.|\\.pbs\\.|wdi\\.ict_exports|pk\\.ict");

    /** {@code FILE:LINE: "literal"} for every offending literal under {@code sources}. */
    public static List<String> inLiterals(Path sources) throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                List<String> lines = Files.readAllLines(f);
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i).strip();
                    if (line.startsWith("*") || line.startsWith("/*") || line.startsWith("//")) {
                        continue;
                    }
                    Matcher m = LITERAL.matcher(line);
                    while (m.find()) {
                        String literal = m.group();
                        if (NAMED.matcher(literal).find() && !line.contains("expected")) {
                            found.add(sources.relativize(f) + ":" + (i + 1) + ": " + literal);
                        }
                    }
                }
            }
        }
        return found;
    }
}
