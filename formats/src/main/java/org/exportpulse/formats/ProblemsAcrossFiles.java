package org.exportpulse.formats;

import java.io.IOException;

/** Gathers the problems of several files so that one report covers them all. */
final class ProblemsAcrossFiles {

    /** A read that may throw {@link IngestException}. */
    interface Read {
        void run() throws IOException;
    }

    private final Problems problems = new Problems();

    void collect(Read read) throws IOException {
        try {
            read.run();
        } catch (IngestException e) {
            problems.addAll(e);
        }
    }

    /** The problems gathered so far, to which a streamed read adds its own. */
    Problems problems() {
        return problems;
    }

    void throwIfAny() {
        problems.throwIfAny();
    }
}
