package org.exportpulse.core.series;

import java.util.Locale;

/**
 * The groups the series of ExportPulse fall into, by their ids: Pakistan's IT and telecom figures
 * and what is said about them, the totals they are shares of, the traditional export categories
 * they are compared with, and the World Bank's figures for every economy.
 */
public enum SeriesGroup {
    /** {@code pk.*} series that are neither denominators nor categories (ICT exports, PSEB, targets). */
    PAKISTAN_ICT,
    /** Totals that shares are taken of: {@code pk.bop.*}, {@code pk.pbs.goods.*}, {@code pk.pbs.services.*}. */
    DENOMINATORS,
    /** Traditional export categories: the other {@code pk.pbs.*} series (textiles, rice, …). */
    CATEGORIES,
    /** World Bank WDI series: {@code wdi.*}. */
    WORLD_BANK,
    /** Any other id. */
    OTHER;

    /** The group's code in URLs: {@code pakistan-ict}, {@code denominators}, … */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The group of the series with id {@code id}. */
    public static SeriesGroup of(String id) {
        if (id.startsWith("wdi.")) {
            return WORLD_BANK;
        }
        if (id.startsWith("pk.bop.") || id.startsWith("pk.pbs.goods.") || id.startsWith("pk.pbs.services.")) {
            return DENOMINATORS;
        }
        if (id.startsWith("pk.pbs.")) {
            return CATEGORIES;
        }
        return id.startsWith("pk.") ? PAKISTAN_ICT : OTHER;
    }

    /**
     * The group with code {@code code}.
     *
     * @throws IllegalArgumentException for an unknown code, listing the known ones
     */
    public static SeriesGroup parse(String code) {
        for (SeriesGroup g : values()) {
            if (g.code().equalsIgnoreCase(code.strip())) {
                return g;
            }
        }
        throw new IllegalArgumentException(
                "group " + code + " is not one (expected pakistan-ict, denominators, categories, world-bank or other)");
    }
}
