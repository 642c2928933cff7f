package org.exportpulse.core.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * A module whose code must name no country and no series of the bundled data (they are data:
 * presets, lexicon) extends this; {@link PresetNames} says what is looked for.
 */
public abstract class NoPresetsInCodeContract {

    /** The sources checked, relative to the module (its main Java sources by default). */
    protected Path sources() {
        return Path.of("src/main/java");
    }

    @Test
    void the_code_names_no_country_and_no_bundled_series() throws IOException {
        assertThat(Files.isDirectory(sources()))
                .as("run from the module: %s", sources())
                .isTrue();
        assertThat(PresetNames.inLiterals(sources())).isEmpty();
    }
}
