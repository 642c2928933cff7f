package org.exportpulse.brief.compose;

import java.util.List;

/**
 * One section of the brief.
 *
 * @param id stable name ({@code headline}, {@code fiscal-year}, …)
 * @param paragraphs each a list of parts; a section the data cannot support has one paragraph
 *     saying what is missing
 * @param available whether the section has content beyond that line
 */
public record BriefSection(String id, String title, List<List<Part>> paragraphs, boolean available) {

    public BriefSection {
        paragraphs = paragraphs.stream().map(List::copyOf).toList();
    }

    static BriefSection unavailable(String id, String title, String why) {
        return new BriefSection(id, title, List.of(List.of(new Part.Words(why))), false);
    }
}
