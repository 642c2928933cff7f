package org.exportpulse.brief;

import java.util.List;
import org.exportpulse.brief.compose.BriefNumber;
import org.exportpulse.brief.compose.TraceRef;

/** The footnote of one number: the stored values behind it, each with series, period, release and source. */
final class Footnote {

    static final int REFS_SHOWN = 4;

    private Footnote() {}

    /** {@code pk.ict.exports 2025-12 = 437, release 1 (normal), public by 2026-01-20: https://…; …}. */
    static String text(BriefNumber n) {
        List<TraceRef> refs = n.refs();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < Math.min(REFS_SHOWN, refs.size()); i++) {
            TraceRef r = refs.get(i);
            b.append(i == 0 ? "" : "; ")
                    .append(r.seriesId())
                    .append(' ')
                    .append(r.period())
                    .append(" = ")
                    .append(r.value())
                    .append(", release ")
                    .append(r.vintage())
                    .append(" (")
                    .append(r.status())
                    .append(")")
                    .append(r.publicBy() == null ? "" : ", public by " + r.publicBy())
                    .append(r.source().isEmpty() ? "" : ": " + r.source());
        }
        if (refs.size() > REFS_SHOWN) {
            b.append("; and ")
                    .append(refs.size() - REFS_SHOWN)
                    .append(" more stored values (listed in the data block)");
        }
        return b.append('.').toString();
    }
}
