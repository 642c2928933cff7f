package org.exportpulse.export;

import java.util.Locale;
import org.exportpulse.core.transform.Transform;

/**
 * What a transform is called where people read it, after FRED's units menu ("Percent Change from
 * Year Ago"): the dashboard's picker, chart titles and axis names.
 */
public final class TransformWords {

    private TransformWords() {}

    /**
     * The transform's name in a sentence's case, e.g. {@code Percent change from a year ago}; a share
     * is named without its denominator ({@code Share of another series}), which its caller names.
     */
    public static String name(Transform.Code code) {
        return switch (code) {
            case LIN -> "Level";
            case CHG -> "Change from the month before";
            case CH1 -> "Change from a year ago";
            case PCH -> "Percent change from the month before";
            case PC1 -> "Percent change from a year ago";
            case PCA -> "Compounded annual rate of change";
            case CCH -> "Continuously compounded rate of change";
            case CCA -> "Continuously compounded annual rate of change";
            case LOG -> "Natural log";
            case FYTD -> "Fiscal year to date";
            case FYTD_PC1 -> "Fiscal year to date, percent change from a year ago";
            case R12 -> "Rolling 12-month total";
            case R12_PC1 -> "Rolling 12-month total, percent change from a year ago";
            case SHARE -> "Share of another series";
        };
    }

    /**
     * The axis name for values of {@code transform} of a series in {@code seriesUnit}: {@code US$
     * million}, {@code % change from a year ago}, {@code % of the denominator}, {@code log}.
     */
    public static String axis(Transform transform, String seriesUnit) {
        if (transform.code() == Transform.Code.SHARE) {
            return "% of the total";
        }
        if (transform.isPercent()) {
            String name = name(transform.code());
            int comma = name.indexOf(", percent");
            if (comma > 0) {
                return "%" + name.substring(comma + ", percent".length()) + ", "
                        + name.substring(0, comma).toLowerCase(Locale.ROOT);
            }
            return name.startsWith("Percent")
                    ? "%" + name.substring("Percent".length())
                    : "%, " + name.toLowerCase(Locale.ROOT);
        }
        if (transform.code() == Transform.Code.LOG) {
            return "log";
        }
        return unit(seriesUnit);
    }

    /** {@code USD million} as readers write it, {@code US$ million}; other units unchanged. */
    public static String unit(String seriesUnit) {
        return seriesUnit.startsWith("USD") ? "US$" + seriesUnit.substring(3) : seriesUnit;
    }
}
