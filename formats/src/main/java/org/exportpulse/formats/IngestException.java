package org.exportpulse.formats;

import java.util.List;

/**
 * An input that cannot be stored: carries every problem found (up to {@link Problems#LIMIT}) and
 * how many there were in all. Nothing from the input was stored.
 */
public final class IngestException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<IngestProblem> problems;
    private final int total;

    public IngestException(List<IngestProblem> problems, int total) {
        super(summary(problems, total));
        this.problems = List.copyOf(problems);
        this.total = total;
    }

    /** A single problem. */
    public static IngestException of(String file, long line, String field, String message) {
        return new IngestException(List.of(new IngestProblem(file, line, field, message)), 1);
    }

    /** The problems kept, at most {@link Problems#LIMIT}. */
    public List<IngestProblem> problems() {
        return problems;
    }

    /** How many problems were found in all. */
    public int total() {
        return total;
    }

    private static String summary(List<IngestProblem> problems, int total) {
        StringBuilder text = new StringBuilder();
        for (IngestProblem p : problems) {
            text.append(text.length() == 0 ? "" : "\n").append(p);
        }
        if (total > problems.size()) {
            text.append("\n… and ").append(total - problems.size()).append(" more problems");
        }
        return text.toString();
    }
}
