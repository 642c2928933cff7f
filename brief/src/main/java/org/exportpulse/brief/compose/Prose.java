package org.exportpulse.brief.compose;

import java.util.ArrayList;
import java.util.List;

/** Builds a paragraph of words and numbers. */
final class Prose {

    private final List<Part> parts = new ArrayList<>();

    Prose words(String text) {
        if (!parts.isEmpty() && parts.get(parts.size() - 1) instanceof Part.Words w) {
            parts.set(parts.size() - 1, new Part.Words(w.text() + text));
        } else {
            parts.add(new Part.Words(text));
        }
        return this;
    }

    Prose number(BriefNumber n) {
        parts.add(new Part.Number(n));
        return this;
    }

    boolean isEmpty() {
        return parts.isEmpty();
    }

    List<Part> build() {
        return List.copyOf(parts);
    }
}
