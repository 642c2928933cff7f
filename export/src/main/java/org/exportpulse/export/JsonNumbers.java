package org.exportpulse.export;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Numbers in JSON where "unknown" is a NaN in Java and {@code null} in the output. */
final class JsonNumbers {

    private JsonNumbers() {}

    /** Puts {@code value} under {@code name}, or {@code null} when it is NaN. */
    static void putOrNull(ObjectNode node, String name, double value) {
        if (Double.isNaN(value)) {
            node.putNull(name);
        } else {
            node.put(name, value);
        }
    }
}
