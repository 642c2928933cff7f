package org.exportpulse.update;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One or more sources failed, so the update stored nothing (not even what the other sources
 * answered).
 *
 * @see Updater
 */
public final class UpdateFailed extends RuntimeException {

    private final List<SourceFailure> failures;
    private final List<String> answered;

    public UpdateFailed(List<SourceFailure> failures, List<String> answered) {
        super(message(failures, answered));
        this.failures = List.copyOf(failures);
        this.answered = List.copyOf(answered);
    }

    public List<SourceFailure> failures() {
        return failures;
    }

    /** The sources that answered, whose values were not stored either. */
    public List<String> answered() {
        return answered;
    }

    private static String message(List<SourceFailure> failures, List<String> answered) {
        String each = failures.stream().map(Throwable::getMessage).collect(Collectors.joining("\n"));
        String others = answered.isEmpty()
                ? ""
                : "\n" + String.join(", ", answered) + " answered; to store theirs alone: pulse update "
                        + String.join(" ", answered);
        return each + "\nnothing was stored" + others;
    }
}
