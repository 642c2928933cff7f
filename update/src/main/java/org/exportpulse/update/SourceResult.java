package org.exportpulse.update;

import java.util.List;
import org.exportpulse.formats.Batch;

/**
 * What one source fetched.
 *
 * @param source the source's name
 * @param batch series to create or update, and every value the service gave
 * @param notes what a user should know (keys found, rows skipped, dates missing)
 * @param requests HTTP requests made
 */
public record SourceResult(String source, Batch batch, List<String> notes, int requests) {

    public SourceResult {
        notes = List.copyOf(notes);
    }
}
