package org.exportpulse.core.figures;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.exportpulse.core.series.Observation;

/** Collects the inputs a computation used and the inputs it lacked, in the order met. */
final class Trace {

    private final Set<InputRef> inputs = new LinkedHashSet<>();
    private final Set<String> missing = new LinkedHashSet<>();

    void used(String seriesId, Observation observation) {
        inputs.add(InputRef.of(seriesId, observation));
    }

    void lacked(String what) {
        missing.add(what);
    }

    void lackedAll(List<String> what) {
        missing.addAll(what);
    }

    List<InputRef> inputs() {
        return List.copyOf(inputs);
    }

    List<String> missing() {
        return new ArrayList<>(missing);
    }
}
