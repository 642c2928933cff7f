package org.exportpulse.brief.compose;

import org.exportpulse.core.series.Denominator;
import org.exportpulse.core.series.Series;

/** Short names for series and denominators, taken from their titles. */
final class Names {

    private Names() {}

    /** {@code computer services} from {@code Pakistan computer services exports, fiscal year}. */
    static String shortName(Series s) {
        String t = s.title();
        t = t.startsWith("Pakistan ") ? t.substring("Pakistan ".length()) : t;
        int cut = t.indexOf(" exports");
        return cut > 0 ? t.substring(0, cut) : t;
    }

    /** A title without the country prefix and the frequency suffix: {@code exports of goods, customs basis (PBS)}. */
    static String title(Series s) {
        String t = s.title();
        t = t.startsWith("Pakistan ") ? t.substring("Pakistan ".length()) : t;
        return t.endsWith(", fiscal year") ? t.substring(0, t.length() - ", fiscal year".length()) : t;
    }

    /** {@code India} from {@code India: ICT service exports (BoP, current US$)}. */
    static String economy(Series s) {
        return org.exportpulse.core.peers.PeersKernel.economyName(s);
    }

    /** The statistical basis of a denominator, from its parts' ids. */
    static String basis(Denominator d) {
        boolean bop = d.seriesIds().stream().allMatch(id -> id.contains(".bop."));
        boolean pbs = d.seriesIds().stream().allMatch(id -> id.contains(".pbs."));
        if (bop) {
            return "SBP balance-of-payments basis";
        }
        if (pbs) {
            return d.seriesIds().stream().anyMatch(id -> id.contains("goods"))
                    ? "PBS basis, goods from customs records"
                    : "PBS basis";
        }
        return "mixed bases";
    }
}
