package org.exportpulse.server;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.exportpulse.core.release.FreshnessKernel;
import org.exportpulse.core.release.ReleasePattern;
import org.exportpulse.core.series.ObservationSource;
import org.exportpulse.export.HtmlText;
import org.exportpulse.export.ReleaseWords;

/**
 * The line every page opens with: what period the data runs to, when it was last updated, the next
 * release expected from the publisher's calendar, and the releases overdue ("Behind: …"), for one
 * series on one day.
 */
final class FreshnessNote {

    private final List<ReleasePattern> calendar;
    private final Clock clock;

    FreshnessNote(List<ReleasePattern> calendar, Clock clock) {
        this.calendar = List.copyOf(calendar);
        this.clock = clock;
    }

    /**
     * The {@code <p id="freshness">} for {@code seriesId} read through {@code source} on {@code day}
     * ({@code null}: today); empty when the series' publisher has no release calendar.
     *
     * @param title the series' title, named in the line when {@code named}
     */
    String html(ObservationSource source, String seriesId, String title, boolean named, LocalDate day) {
        LocalDate today = day == null ? LocalDate.now(clock) : day;
        StringBuilder html = new StringBuilder();
        FreshnessKernel.of(source, calendar).compute(seriesId, today).ifPresent(r -> {
            html.append("<p id=\"freshness\" role=\"status\"><strong>Freshness")
                    .append(named ? " of " + HtmlText.escape(title) : "")
                    .append(":</strong> ")
                    .append(HtmlText.escape(ReleaseWords.summary(r)))
                    .append(".");
            if (r.behind()) {
                html.append(" <strong id=\"behind\">Behind: ")
                        .append(HtmlText.escape(ReleaseWords.overdue(r)))
                        .append(".</strong>");
            }
            html.append("</p>");
        });
        return html.toString();
    }
}
