package org.exportpulse.brief;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.exportpulse.brief.compose.Brief;
import org.exportpulse.brief.compose.BriefNumber;
import org.exportpulse.brief.compose.TraceRef;

/**
 * The notes of a brief: one list of the sources (releases and reports) its numbers come from, and
 * per number the stored values behind it, each pointing into that list ({@code [S3]}) instead of
 * repeating its address. A value's release and status are written only when they are news (a
 * revision, a derived month).
 */
final class Footnote {

    static final int REFS_SHOWN = 4;

    /** A source as listed: its number, address, and the earliest day a value it gives was public. */
    record Source(int number, String address, LocalDate publicBy) {}

    private final Map<String, Source> sources;

    private Footnote(Map<String, Source> sources) {
        this.sources = sources;
    }

    /** The sources of every number of {@code brief}, numbered in the order the notes first cite them. */
    static Footnote of(Brief brief) {
        Map<String, LocalDate> earliest = new LinkedHashMap<>();
        for (BriefNumber n : brief.numbers()) {
            List<TraceRef> refs = n.refs();
            for (int i = 0; i < Math.min(REFS_SHOWN, refs.size()); i++) {
                TraceRef r = refs.get(i);
                if (!r.source().isEmpty()) {
                    earliest.merge(
                            r.source(),
                            r.publicBy() == null ? LocalDate.MAX : r.publicBy(),
                            (a, b) -> a.isBefore(b) ? a : b);
                }
            }
        }
        Map<String, Source> numbered = new LinkedHashMap<>();
        earliest.forEach((address, day) -> numbered.put(
                address, new Source(numbered.size() + 1, address, day.equals(LocalDate.MAX) ? null : day)));
        return new Footnote(numbered);
    }

    /** The sources, in their numbered order. */
    List<Source> sources() {
        return new ArrayList<>(sources.values());
    }

    /** A note's parts: text, and source numbers between them ({@link Integer}). */
    List<Object> parts(BriefNumber n) {
        List<TraceRef> refs = n.refs();
        List<Object> out = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        String series = null;
        for (int i = 0; i < Math.min(REFS_SHOWN, refs.size()); i++) {
            TraceRef r = refs.get(i);
            boolean sameSeries = r.seriesId().equals(series);
            text.append(i == 0 ? "" : sameSeries ? ", " : "; ")
                    .append(sameSeries ? "" : r.seriesId() + " ")
                    .append(r.period())
                    .append(" = ")
                    .append(r.value());
            series = r.seriesId();
            if (r.vintage() > 1 || !r.status().equals("normal")) {
                text.append(" (release ")
                        .append(r.vintage())
                        .append(", ")
                        .append(r.status())
                        .append(')');
            }
            Source s = sources.get(r.source());
            if (s != null) {
                text.append(' ');
                out.add(text.toString());
                text.setLength(0);
                out.add(s.number());
            }
        }
        if (refs.size() > REFS_SHOWN) {
            text.append("; and ")
                    .append(refs.size() - REFS_SHOWN)
                    .append(" more stored values (listed in the data block)");
        }
        out.add(text.append('.').toString());
        return out;
    }

    /** {@code pk.ict.exports 2025-12 = 437 [S1]; 2025-11 = 356 [S2].} */
    String text(BriefNumber n) {
        StringBuilder b = new StringBuilder();
        for (Object part : parts(n)) {
            b.append(part instanceof Integer i ? "[S" + i + "]" : part);
        }
        return b.toString();
    }

    /** {@code S1. https://… (public by 2026-01-20)}. */
    static String text(Source s) {
        return "S" + s.number() + ". " + s.address()
                + (s.publicBy() == null ? "" : " (public by " + s.publicBy() + ")");
    }
}
