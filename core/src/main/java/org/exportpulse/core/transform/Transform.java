package org.exportpulse.core.transform;

import java.util.List;
import java.util.Locale;
import org.exportpulse.core.series.SeriesId;

/**
 * A transform code, after FRED's units: {@code lin chg ch1 pch pc1 pca cch cca log}, and ours:
 * {@code fytd fytd_pc1 r12 r12_pc1 share:<series>}, where the share's denominator may be a sum of
 * series, {@code share:<series>+<series>} (goods plus services: the total exports a share of total
 * exports is of). In a URL's query the {@code +} is written {@code %2B}; a space between the ids
 * (what an unencoded {@code +} becomes) is read as {@code +} too.
 *
 * @param denominatorSeriesId for {@code share}, the series the share is of, or several joined by
 *     {@code +}; otherwise {@code null}
 */
public record Transform(Code code, String denominatorSeriesId) {

    /** What a transform computes, per month t (percentages in percent). */
    public enum Code {
        /** x(t), unchanged. */
        LIN,
        /** x(t) − x(t−1). */
        CHG,
        /** x(t) − x(t−12). */
        CH1,
        /** (x(t) / x(t−1) − 1) × 100. */
        PCH,
        /** (x(t) / x(t−12) − 1) × 100. */
        PC1,
        /** ((x(t) / x(t−1))^12 − 1) × 100, the compounded annual rate. */
        PCA,
        /** (ln x(t) − ln x(t−1)) × 100. */
        CCH,
        /** (ln x(t) − ln x(t−1)) × 1200, the continuously compounded annual rate. */
        CCA,
        /** ln x(t). */
        LOG,
        /** Sum from the fiscal-year start through t. */
        FYTD,
        /** (fytd(t) / fytd(t−12) − 1) × 100. */
        FYTD_PC1,
        /** Sum of t−11 … t. */
        R12,
        /** (r12(t) / r12(t−12) − 1) × 100. */
        R12_PC1,
        /** x(t) / d(t) × 100 for another series d. */
        SHARE;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public Transform {
        if ((code == Code.SHARE) != (denominatorSeriesId != null)) {
            throw new IllegalArgumentException(
                    "share needs a denominator series (share:<series>), and only share has one");
        }
        if (denominatorSeriesId != null) {
            denominatorSeriesId = String.join("+", denominatorSeriesId.strip().split("\\s*[+\\s]\\s*", -1));
            for (String id : denominatorSeriesId.split("\\+", -1)) {
                SeriesId.requireValid(id);
            }
        }
    }

    /** The series whose sum is the share's denominator (one for most shares); empty for other transforms. */
    public List<String> denominatorSeriesIds() {
        return denominatorSeriesId == null ? List.of() : List.of(denominatorSeriesId.split("\\+"));
    }

    /**
     * Reads {@code pc1}, {@code r12_pc1}, {@code share:pk.bop.services.exports}, {@code
     * share:pk.pbs.goods.exports+pk.pbs.services.exports}, …
     *
     * @throws IllegalArgumentException for an unknown code, listing the known ones
     */
    public static Transform parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (t.startsWith("share:")) {
            return new Transform(
                    Code.SHARE, text.strip().substring("share:".length()).strip());
        }
        for (Code c : Code.values()) {
            if (c != Code.SHARE && c.code().equals(t)) {
                return new Transform(c, null);
            }
        }
        throw new IllegalArgumentException("'" + text + "' is not a transform (expected lin, chg, ch1, pch, pc1, pca,"
                + " cch, cca, log, fytd, fytd_pc1, r12, r12_pc1, share:<series> or share:<series>+<series>)");
    }

    /** The text form, {@code pc1} or {@code share:<series>}. */
    public String text() {
        return code == Code.SHARE ? "share:" + denominatorSeriesId : code.code();
    }

    /** The unit of the results: {@code percent}, {@code log}, or the series' own unit. */
    public String resultUnit(String seriesUnit) {
        return isPercent() ? "percent" : code == Code.LOG ? "log" : seriesUnit;
    }

    /** Whether the result is a percentage. */
    public boolean isPercent() {
        return switch (code) {
            case PCH, PC1, PCA, CCH, CCA, FYTD_PC1, R12_PC1, SHARE -> true;
            default -> false;
        };
    }
}
