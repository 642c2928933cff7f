package org.exportpulse.bench;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import org.exportpulse.brief.HtmlBrief;
import org.exportpulse.brief.PdfBrief;
import org.exportpulse.brief.compose.Brief;
import org.exportpulse.brief.compose.BriefKernel;
import org.exportpulse.brief.compose.BriefPresets;
import org.exportpulse.brief.compose.BriefSpec;
import org.exportpulse.bundle.BundledData;
import org.exportpulse.core.derive.DerivedMonthsSource;
import org.exportpulse.core.figures.HeadlineFiguresKernel;
import org.exportpulse.engines.StandardEngines;
import org.exportpulse.store.SeriesStore;
import org.exportpulse.store.jdbc.H2Location;
import org.exportpulse.store.jdbc.JdbcSeriesStore;

/**
 * Brief speed, warm: the December 2025 brief of the bundled data, from the embedded H2 store to an
 * HTML string and to PDF bytes. Peer in the same run: computing the same month's headline figures
 * alone ({@code pulse figures}), the floor of any brief.
 *
 * <p>Arguments: {@code [runs=10]}.
 */
public final class BriefBench {

    private BriefBench() {}

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        Path dir = Files.createTempDirectory("pulse-brief-bench");
        try (SeriesStore store = JdbcSeriesStore.open(H2Location.dataSource(H2Location.url(dir.resolve("h2"))))) {
            store.ingest(BundledData.read(store.allSeries()), "bench", Instant.now());
            BriefSpec spec =
                    BriefPresets.of(BundledData.briefPresets()).forSeries("pk.ict.exports", YearMonth.of(2025, 12));
            int[] size = new int[2];
            Timings figures = Timings.measure(
                    runs,
                    () -> HeadlineFiguresKernel.of(DerivedMonthsSource.over(store))
                            .compute("pk.ict.exports", YearMonth.of(2025, 12)));
            Timings html = Timings.measure(
                    runs, () -> size[0] = HtmlBrief.html(brief(store, spec)).length());
            Timings pdf = Timings.measure(runs, () -> {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                PdfBrief.write(brief(store, spec), out);
                size[1] = out.size();
            });
            System.out.printf("peer: headline figures only: %s%n", figures);
            System.out.printf("HTML brief (%,d characters), store to string: %s%n", size[0], html);
            System.out.printf("PDF brief (%,d bytes), store to bytes: %s%n", size[1], pdf);
            System.out.printf(
                    "goals: HTML under 0.300 s, PDF under 3 s; ratio HTML / figures (median): %.1fx%n",
                    html.median() / figures.median());
        }
    }

    private static Brief brief(SeriesStore store, BriefSpec spec) {
        return BriefKernel.of(
                        DerivedMonthsSource.over(store), store::vintages, store.allSeries(), StandardEngines.get())
                .compute(spec);
    }
}
