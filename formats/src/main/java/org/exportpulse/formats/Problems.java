package org.exportpulse.formats;

import java.util.ArrayList;
import java.util.List;

/** Collects the problems of a read: keeps the first {@link #LIMIT}, counts all. */
public final class Problems {

    /** Problems kept for the report; later ones are only counted. */
    public static final int LIMIT = 50;

    private final List<IngestProblem> kept = new ArrayList<>();
    private int total;

    public void add(String file, long line, String field, String message) {
        total++;
        if (kept.size() < LIMIT) {
            kept.add(new IngestProblem(file, line, field, message));
        }
    }

    /** Adds the problems an exception reports, counting those it only counted. */
    public void addAll(IngestException e) {
        total += e.total();
        for (IngestProblem p : e.problems()) {
            if (kept.size() < LIMIT) {
                kept.add(p);
            }
        }
    }

    public boolean isEmpty() {
        return total == 0;
    }

    /**
     * @throws IngestException when any problem was added
     */
    public void throwIfAny() {
        if (total > 0) {
            throw new IngestException(kept, total);
        }
    }
}
