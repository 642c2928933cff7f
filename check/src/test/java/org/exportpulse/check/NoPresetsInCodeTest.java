package org.exportpulse.check;

import org.exportpulse.core.testkit.NoPresetsInCodeContract;

/** No string in this module's code names a country or a series of the bundled data. */
class NoPresetsInCodeTest extends NoPresetsInCodeContract {}
