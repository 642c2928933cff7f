package org.exportpulse.brief.compose;

import java.util.List;
import java.util.Objects;
import org.exportpulse.core.series.Denominator;
import org.exportpulse.core.series.Series;

/**
 * How a brief's sentences name things, from its preset.
 *
 * @param economy the economy as sentences name it ({@code Pakistan}); blank for none
 * @param shortSubject the series in a word ({@code IT}); blank for none
 * @param titlePrefix cut from the front of series titles to name them shortly (with its blank)
 * @param bases how a denominator's statistical basis is named, first rule that fits
 */
public record Wording(String economy, String shortSubject, String titlePrefix, List<BasisRule> bases) {

    /** No preset: titles as they are, no bases named. */
    public static final Wording PLAIN = new Wording("", "", "", List.of());

    public Wording {
        economy = Objects.requireNonNullElse(economy, "");
        shortSubject = Objects.requireNonNullElse(shortSubject, "");
        titlePrefix = Objects.requireNonNullElse(titlePrefix, "");
        bases = List.copyOf(bases);
    }

    /** {@code computer services} from {@code Pakistan computer services exports, fiscal year}. */
    public String shortName(Series s) {
        String t = withoutPrefix(s);
        int cut = t.indexOf(" exports");
        return cut > 0 ? t.substring(0, cut) : t;
    }

    /** A title without the prefix and the frequency suffix: {@code exports of goods, customs basis (PBS)}. */
    public String title(Series s) {
        String t = withoutPrefix(s);
        return t.endsWith(", fiscal year") ? t.substring(0, t.length() - ", fiscal year".length()) : t;
    }

    private String withoutPrefix(Series s) {
        String t = s.title();
        return !titlePrefix.isEmpty() && t.startsWith(titlePrefix) ? t.substring(titlePrefix.length()) : t;
    }

    /** The statistical basis of a denominator, from its parts' ids; {@code mixed bases} when no rule fits. */
    public String basis(Denominator d) {
        return bases.stream()
                .filter(rule -> rule.fits(d.seriesIds()))
                .map(BasisRule::words)
                .findFirst()
                .orElse("mixed bases");
    }
}
