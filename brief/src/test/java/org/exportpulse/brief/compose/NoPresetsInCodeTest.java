package org.exportpulse.brief.compose;

import java.nio.file.Path;
import org.exportpulse.core.testkit.NoPresetsInCodeContract;

/** No string in the brief's composition names a country or a series of the bundled data. */
class NoPresetsInCodeTest extends NoPresetsInCodeContract {

    @Override
    protected Path sources() {
        return Path.of("src/main/java/org/exportpulse/brief/compose");
    }
}
