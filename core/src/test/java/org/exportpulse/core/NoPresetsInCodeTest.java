package org.exportpulse.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.exportpulse.core.testkit.NoPresetsInCodeContract;
import org.exportpulse.core.testkit.PresetNames;
import org.junit.jupiter.api.Test;

/**
 * No string in core's code names a country or a series of the bundled data: presets and the
 * checker's words are data files. (Javadoc examples may cite the bundled ids; an error message may
 * show one as an example of the expected form.)
 */
class NoPresetsInCodeTest extends NoPresetsInCodeContract {

    @Test
    void the_check_finds_what_it_looks_for() throws IOException {
        Path dir = Files.createTempDirectory("named");
        try {
            Files.writeString(dir.resolve("A.java"), "class A { String s = \"pk.ict.exports\"; }\n");
            assertThat(PresetNames.inLiterals(dir)).hasSize(1);
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
