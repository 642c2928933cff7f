package org.exportpulse.core.peers;

import java.util.List;

/**
 * ICT service exports of chosen economies in one year, with ranks among them and among every economy
 * with data (aggregates such as World, regions or income groups are never ranked). Values in US
 * dollars; growth in percent.
 *
 * @param year the year compared
 * @param economiesRanked how many economies (not aggregates) have a value that year
 * @param rows the chosen economies with a value that year, largest first
 * @param missing chosen economies with no value that year (codes)
 * @param rankedSeries the series of every economy ranked that year (what the world ranks rest on)
 */
public record PeerComparison(
        int year, int economiesRanked, List<Row> rows, List<String> missing, List<String> rankedSeries) {

    public PeerComparison {
        rows = List.copyOf(rows);
        missing = List.copyOf(missing);
        rankedSeries = List.copyOf(rankedSeries);
    }

    /**
     * @param code World Bank economy code, upper case
     * @param name the economy's name from the series title
     * @param seriesId the stored series
     * @param value US dollars in {@code year}
     * @param vintage the stored value's vintage
     * @param growth percent on the year before; NaN when that year has no value
     * @param growth5y compound yearly growth over five years, percent; NaN when the value five years
     *     earlier is missing
     * @param peerRank rank among the chosen economies with a value (1 = largest)
     * @param worldRank rank among all economies with a value that year
     * @param highlighted whether this is the economy of interest
     */
    public record Row(
            String code,
            String name,
            String seriesId,
            double value,
            int vintage,
            double growth,
            double growth5y,
            int peerRank,
            int worldRank,
            boolean highlighted) {}
}
