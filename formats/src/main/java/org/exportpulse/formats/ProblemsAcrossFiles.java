package org.exportpulse.formats;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Gathers the problems of several files so that one report covers them all. */
final class ProblemsAcrossFiles {

    /** A read that may throw {@link IngestException}. */
    interface Read {
        void run() throws IOException;
    }

    private final List<IngestProblem> kept = new ArrayList<>();
    private int total;

    void collect(Read read) throws IOException {
        try {
            read.run();
        } catch (IngestException e) {
            total += e.total();
            for (IngestProblem p : e.problems()) {
                if (kept.size() < Problems.LIMIT) {
                    kept.add(p);
                }
            }
        }
    }

    void throwIfAny() {
        if (total > 0) {
            throw new IngestException(kept, total);
        }
    }
}
