package org.exportpulse.brief.compose;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.exportpulse.core.series.Series;

/**
 * The monthly brief: sections of sentences whose every number is traced to stored values, and the
 * data of its charts. Renderers write it as Markdown, HTML or PDF; nothing in it is free text the
 * data does not back.
 */
public record Brief(Series series, YearMonth month, String title, List<BriefSection> sections, BriefCharts charts) {

    public Brief {
        sections = List.copyOf(sections);
    }

    /** Every number of the brief, in reading order (a number used twice appears twice). */
    public List<BriefNumber> numbers() {
        List<BriefNumber> all = new ArrayList<>();
        for (BriefSection s : sections) {
            for (List<Part> paragraph : s.paragraphs()) {
                for (Part p : paragraph) {
                    if (p instanceof Part.Number n) {
                        all.add(n.number());
                    }
                }
            }
        }
        return all;
    }

    public BriefSection section(String id) {
        return sections.stream()
                .filter(s -> s.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no section " + id));
    }
}
